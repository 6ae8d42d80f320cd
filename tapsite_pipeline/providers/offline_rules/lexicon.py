"""Business-type lexicon: keyword → (business type, weight, English industry label).

Format of each block: one ``industry label: kw, kw, ...`` line per industry.  A keyword
with several words is a phrase (weight 3); a single word weighs 2; a leading ``~``
marks a weak word (weight 1) and ``~~`` a very weak one (0.5); ``kw=N`` sets the weight N.  Phrases therefore beat
the single words they overlap with ("wedding organizer" → events, "catering" → food).
Typos and abbreviations are listed as plain variants.
"""

from __future__ import annotations

from .heads import heads, norm
from .lexicon_more import MORE

LEXICON: dict[str, str] = {
    "food_and_beverage": """
bakery: kue, kue kering, kue basah, nastar, kastengel, kaastengels, putri salju, roti, bakery, bakeri, bakehouse,
  cake, cakes, kek, brownies, brownis, bolu, cookies, cookie, kukis, donat, donut, doughnut, pastry, pastri, croissant,
  cupcake, cheesecake, kue ulang tahun, birthday cake, custom cake, cake custom, roti sobek, lapis legit, kue lapis,
  bika ambon, pie susu, bakpia, dessert box, kue lebaran, kue tart, bento cake, puding, pudding, dessert, desert box,
  hampers kue, kue kering lebaran, kue basah, klepon, onde-onde, lemper, kue sus, bolu kukus, banana bread, baker,
  tart, ~pie, macaron, mochi, mochi daifuku, kue balok, serabi, surabi, kue cubit, kue pukis, pukis, kue lumpur, daging, daging sapi, daging ayam
coffee shop: kopi, coffee, coffe, cofee, kofi, cafe, kafe, caffe, café, kedai kopi, coffee shop, coffeeshop,
  kopi susu, espresso, barista, ngopi, kopi kekinian, roastery, coffee roaster, biji kopi, kopi bubuk, latte, cappuccino
restaurant: restoran, restaurant, resto, rumah makan, warung makan, warteg, warung nasi, depot, kantin, diner, bistro,
  eatery, ~rm, angkringan, lesehan, pujasera, food court, foodcourt, ~~warung, ~kedai
catering: catering, katering, ketering, cathering, nasi box, nasi kotak, prasmanan, tumpeng, nasi tumpeng, rantangan,
  katering harian, catering harian, meal prep, healthy catering, diet catering, box lunch
street food: bakso, baso, mie ayam, mi ayam, mie, ~mi, soto, sate, satai, martabak, terang bulan, gorengan, pecel lele,
  pecel, ayam geprek, geprek, ayam goreng, fried chicken, seblak, cilok, cireng, batagor, siomay, dimsum, dim sum,
  pempek, empek-empek, nasi goreng, nasgor, nasi uduk, nasi padang, masakan padang, rendang, gudeg, rawon, bubur,
  bubur ayam, lontong, ketoprak, gado-gado, rujak, burger, pizza, kebab, steak, sushi, ramen, ayam bakar, ikan bakar,
  seafood, bebek goreng, bebek, sambal, sambel, sambal bawang, keripik, kripik, kerupuk, krupuk, rempeyek, peyek,
  risol, risoles, lumpia, tahu bulat, tahu crispy, tahu gejrot, cimol, makaroni, basreng, ayam penyet, penyet,
  nasi kuning, nasi liwet, nasi bakar, ayam, iga, iga bakar, bakmi, kwetiau, capcay, tongseng, gulai, coto, konro,
  papeda, pecel ayam, sop buntut, sop, sup, takoyaki, corndog, hotdog, kimbab, tteokbokki, mie pedas, dimsum mentai,
  roti bakar, pisang goreng, pisang nugget, kebab turki, shawarma, warung bakso, kedai bakso, soto ayam, sate ayam,
  roti canai, roti cane, roti jala, roti prata, roti john, roti maryam, roti tisu, roti tissue, kari, curry
frozen food: frozen food=4, makanan beku, nugget, sosis, dimsum frozen, frozenfood, frozen
beverages: minuman, es teh, es kopi, jus, juice, boba, bubble tea, thai tea, ~teh, tea, smoothie, smoothies,
  es campur, es cendol, cendol, dawet, jamu, wedang, milkshake, kombucha, susu, yoghurt, yogurt, es krim, ice cream,
  gelato, minuman kekinian, es buah, matcha, teh tarik, sirup, es doger, drink, drinks, beverage, beverages, minum
snacks: camilan, cemilan, snack, snacks, jajanan, jajan, kudapan, makanan ringan, dodol, kacang, keripik pisang,
  keripik singkong, oleh-oleh, oleh oleh, bakpao, cokelat batangan, permen, coklat praline, granola
food: makanan, kuliner, masakan, ~makan, food, foods, ~kitchen, ~dapur, lauk, lauk pauk, ~menu, madu, ~masak,
  ~bumbu, rempah, kuliner rumahan, makanan rumahan, home made food, homemade food, ~~rasa, ~enak, lezat, ~kuliner,
  ~pedas, ~gurih, ~manis, ~halal, ~resep, ~porsi, ~nasi, ~sayur, ~hidangan, ~dish, ~dishes, ~meal, ~meals, ~cooking,
  ~sehat, vegan food, ~vegan, ~vegetarian, healthy food, makanan sehat
""",
    "retail": """
fashion: baju, pakaian, fashion, busana, kaos, kaos polos, t-shirt, tshirt, kemeja, celana, jeans, dress, gamis, hijab,
  jilbab, kerudung, khimar, pashmina, mukena, baju muslim, busana muslim, jaket, hoodie, outfit, thrift, thrifting,
  preloved, distro, butik, boutique, clothing, apparel, baju anak, daster, piyama, lingerie, batik, kain batik,
  kebaya, sarung, fashion muslim, modest fashion, gaun, rok, blouse, sweater, kaos kaki, seragam, toko baju, toko pakaian
footwear: sepatu, sandal, sendal, sneakers, sneaker, shoes, footwear, sepatu kulit, sepatu lokal
accessories: tas, dompet, aksesoris, aksesori, accessories, accessory, perhiasan, jewelry, jewellery, cincin, kalung,
  gelang, anting, jam tangan, kacamata, topi, bros, ikat pinggang, handbag, tote bag, toko emas, emas perhiasan,
  perak perhiasan, optik, scarf
beauty products: kosmetik, kosmetika, skincare, skin care, makeup, make up, make-up, parfum, perfume, body care, serum,
  lipstik, lipstick, beauty products, produk kecantikan, sabun, bodycare, body lotion, sunscreen, skincare lokal,
  soap, soaps, soap bar, soap bars, bar soap, sabun mandi, sabun batang, sabun cair, shampoo bar, shampoo bars,
  solid shampoo, sampo batang, lip balm, lip balms, lip scrub, body butter, body scrub, bath bomb, bath bombs, bath salt,
  deodorant, deodoran, beard oil, face oil, hair oil, minyak rambut, hand cream, lotion, toiletries
reseller: reseller, dropship, dropshipper, agen, distributor, grosir, eceran, supplier, stokis, ~~produk, ~~barang,
  ~~koleksi, ~~collection
grocery: sembako, toko kelontong, kelontong, minimarket, grocery, groceries, toko sembako, warung kelontong,
  warung sembako, gas elpiji, galon, air galon, beras, minyak goreng, sayur mayur, buah-buahan, ~buah, toko buah
hardware store: toko bangunan, material bangunan, bahan bangunan, hardware store, cat tembok, keramik lantai,
  alat bangunan, besi, semen, pipa
electronics: elektronik, electronics, ~gadget, handphone, ponsel, smartphone, aksesoris hp, counter hp, konter hp,
  toko hp, jual hp, jual laptop, toko komputer, toko elektronik, pulsa, counter pulsa, konter pulsa, paket data,
  ~laptop, ~hp, ~komputer, voucher game, top up, topup
furniture: perabot, perabotan, furniture, furnitur, mebel, meubel, sofa, lemari, kasur, spring bed, home decor,
  perlengkapan rumah, peralatan dapur, alat rumah tangga, kitchenware, homeware, rumah tangga, dekorasi rumah
toys: mainan, toys, toy, mainan anak, boneka, lego, action figure
books: toko buku, bookstore, book store, buku, alat tulis, atk, stationery
pet shop: pet shop, petshop, makanan kucing, makanan hewan, pakan kucing, aquarium, akuarium, ikan hias, pet supplies,
  cat food, dog food, pet food, cat litter, kitty litter, pasir kucing
florist: toko bunga, florist, bunga, buket, bouquet, hand bouquet, bunga papan, karangan bunga, tanaman hias
automotive parts: sparepart, spare part, onderdil, suku cadang, variasi mobil, aksesoris motor, aksesoris mobil, helm, ban,
  sepeda, mobil bekas, motor bekas, showroom, dealer
pharmacy: apotek, apotik, pharmacy, obat, alat kesehatan, herbal, suplemen, vitamin
gifts: kado, hampers, parcel, souvenir, suvenir, gift shop, gift, gifts, merchandise, merch
retail: toko, shop, store, ~~jual, ~~jualan, online shop, olshop, ol shop, toko online, e-commerce, ecommerce,
  marketplace, ~~menjual, retail, ritel, ~~barang, ~~harga grosir, vape, vapestore, rokok, ~~belanja, shopping, ~~collection
""",
    "services": """
laundry: laundry, londri, laundri, loundry, laundy, cuci baju, cuci kiloan, laundry kiloan, dry clean, dry cleaning,
  cuci sepatu, cuci karpet, setrika, cuci setrika, laundromat, binatu
auto repair: bengkel, service motor, servis motor, service mobil, servis mobil, cuci mobil, car wash, cuci motor,
  car detailing, detailing, tambal ban, ganti oli, mechanic, mekanik, auto repair, body repair, salon mobil,
  bengkel motor, bengkel mobil, ~~oli, cat mobil, spooring, balancing, tune up, tyre change, tire change, tyre repair,
  tire repair, tambal ban panggilan, ganti ban, jumpstart, jump start, ganti aki, towing, mobil derek, ~tyre, ~tyres, ~tire
beauty salon: salon, salon kecantikan, barbershop, barber shop, barber, pangkas rambut, potong rambut, cukur, cukur rambut,
  spa, pijat, massage, refleksi, refleksologi, creambath, nail art, nail salon, kuku, eyelash, lash extension, sulam alis,
  waxing, facial, perawatan wajah, hair salon, smoothing,
  rebonding, ~treatment, ~perawatan, beauty salon, pijat bayi, baby spa, lulur, totok wajah, threading, hairdresser
healthcare: klinik, clinic, dokter, dokter gigi, dentist, dental, bidan, fisioterapi, physiotherapy, praktik dokter,
  psikolog, psychologist, terapi, therapy, terapis, akupuntur, akupunktur, bekam, khitan, sunat, klinik kecantikan,
  klinik hewan, vet, veterinary, dokter hewan, perawat, homecare, home care, lab, laboratorium, optometrist, puskesmas,
  rumah sakit, hospital, medical, kesehatan, health, ~~sehat
pet care: grooming, pet grooming, grooming kucing
professional services: notaris, notary, ppat, konsultan, consultant, consulting, konsultan pajak, tax consultant,
  akuntan, accountant, accounting, pembukuan, lawyer, pengacara, advokat, law firm, kantor hukum, legal, biro jasa,
  asuransi, insurance, agen properti, real estate agent, kontraktor, contractor, jasa konstruksi, konsultasi,
  jasa pajak, bookkeeping, rekrutmen, recruitment, outsourcing,
  jasa pengurusan, pengurusan izin, perizinan, tax, pajak, audit, keuangan, financial planner, perencana keuangan
home services: renovasi, renovation, tukang, tukang bangunan, plumber, plumbing, ledeng, tukang ledeng, tukang listrik,
  electrician, service ac, servis ac, cuci ac, ac service, pasang ac, bongkar pasang ac, pest control, pembasmi hama,
  cleaning service, jasa kebersihan, cleaning, cleans, bersih-bersih, housekeeping, sedot wc, sedot tinja, handyman, tukang kebun,
  jasa taman, tukang las, las, bengkel las, kanopi, pagar, teralis, service kulkas, servis kulkas, service mesin cuci,
  servis mesin cuci, service tv, servis tv, servis elektronik, service elektronik, cat rumah, pengecatan, waterproofing
  landscaping=3, landscaper, garden maintenance, lawn mowing, pembuatan taman, tukang taman, jasa pertamanan, perawatan taman
tailoring: penjahit, jahit, jahitan, tailor, tailoring, vermak, permak, jasa jahit, vermak levis
printing: fotokopi, fotocopy, foto copy
transport: rental mobil, sewa mobil, rent car, car rental, rental motor, sewa motor, travel agent, agen travel,
  biro perjalanan, tour, tour and travel, tour & travel, umroh, umrah, haji, tiket pesawat, ojek, ojek online, kurir,
  courier, ekspedisi, jasa kirim, pengiriman barang, jasa angkut, angkut barang, pindahan, jasa pindahan, moving,
  angkutan, logistik, logistics, shuttle, travel, sewa bus, rental bus, antar jemput, jasa antar, trip, open trip, wisata,
  tour guide, pemandu wisata, paket wisata, driver, sopir, supir, car charter
childcare: daycare, day care, penitipan anak, babysitter, baby sitter, pengasuh, nanny, asisten rumah tangga,
  penyalur art, penyalur pembantu
fitness: gym, fitness, fitness center, pusat kebugaran, futsal, lapangan futsal, badminton, lapangan badminton, kolam renang,
  sport club, crossfit, pilates, yoga studio, muay thai, boxing, bela diri, martial arts, karate, taekwondo, silat, sepak bola
services: jasa, ~service, ~services, ~layanan, ~pelayanan, perbaikan, repair, servis, reparasi, jastip, jasa titip,
  ~~panggilan, ~security, satpam, ~~bantuan, ~~solusi, ~~booking, ~~appointment, ~~reservasi, ~~janji temu, ~rental, ~sewa,
  consultancy
""",
    "creative": """
photography: fotografer, fotographer, photografer, fotografi, photographer, photography, foto produk, product photography,
  jasa foto, photo studio, studio foto, foto studio, wedding photography, prewedding, pre-wedding, pre wedding,
  foto wisuda, photoshoot, photo shoot, ~foto, ~photo, ~photos, sesi foto, potret, portrait, fotografer wedding
videography: videografer, videographer, videography, video editing, editor video, jasa video, sinematografi,
  cinematography, video klip, videoklip, drone, jasa edit video, video production, produksi video, ~video
graphic design: desain grafis, graphic design, graphic designer, desainer grafis, desainer, designer, ~desain, ~design,
  jasa desain, desain logo, logo design, ~logo, branding, brand identity, ilustrator, illustrator, ilustrasi, illustration,
  animasi, animation, motion graphic, motion graphics, desain undangan, undangan digital, jasa desain logo
interior design: desain interior, interior design, interior designer, arsitek, architect, arsitektur, architecture, interior
music: studio musik, music studio, rekaman, recording studio, band, musisi, musician, penyanyi, singer, produser musik,
  music production, sound engineer, jasa rekaman, aransemen, ~musik, ~music, composer
fine art: lukisan, painting, pelukis, painter, ~seni, ~art, artist, seniman, mural, kaligrafi, calligraphy, galeri seni,
  art gallery, sketsa, sketch, karikatur, caricature, ~karya
tattoo: tattoo, tato, tatto, piercing, tattoo studio
makeup artistry: make up artist, makeup artist, mua, rias pengantin, tata rias, makeup wisuda, makeup wedding,
  make up wisuda, make up wedding, bridal makeup, makeup pengantin, rias wisuda, jasa makeup, jasa make up, jasa rias
textiles: tenun, tenunan, penenun, weave, weaving, weaver, ikat, songket, tenun ikat, kain tenun
crafts: kerajinan, kerajinan tangan, handmade, hand made, handcraft, handicraft, crafts, craft, rajut, rajutan, crochet,
  knitting, anyaman, gerabah, keramik, ceramics, pottery, kriya, resin art, makrame, macrame, batik tulis, kerajinan kayu,
  ukiran, wood carving, woodcarving, woodcarver, carver, carving, carvings, statues, souvenir handmade, boneka rajut,
  sablon, sablon kaos, custom kaos, kaos custom, screen printing,
  bordir, embroidery, kerajinan rotan, crafter=3, perajin=3, pengrajin=3, artisan=3, silversmith=3, kerajinan perak,
  miniatur, miniature
content creation: content creator, konten kreator, kreator konten, copywriting, copywriter, penulis, writer, penerbit,
  publisher, podcast, jasa konten, social media content, ~konten, ~content, creative agency, agensi kreatif, ~kreatif, ~creative
""",
    "education": """
tutoring: les, les privat, private tutor, private lesson, tutor, tutoring, bimbel, bimbingan belajar, guru privat,
  les matematika, les calistung, calistung, les baca tulis, tugas sekolah, ~belajar, ~guru, teacher, pengajar,
  homeschooling, home schooling, math tutoring, les sd, les smp, les sma, utbk, snbt, sbmptn, try out, tryout
language school: kursus bahasa, kursus bahasa inggris, bahasa inggris, english course, les bahasa inggris, toefl, ielts,
  kursus bahasa jepang, bahasa jepang, bahasa mandarin, bahasa arab, bahasa korea, english class, kelas bahasa,
  english for kids, speaking class, conversation class, language course, language school
course: kursus, course, courses, ~kelas, ~class, ~classes, pelatihan, training, workshop, bootcamp, mentoring,
  coaching, kursus online, online course, kelas online, e-learning, elearning, webinar belajar, sertifikasi, certification,
  kursus menjahit, kursus masak, cooking class, kelas masak, kursus mengemudi, driving school, kursus stir, kursus komputer,
  kelas coding, coding for kids, coding anak, robotik, robotika, kelas robotik, kursus digital marketing, akademi, academy,
  edukasi, education, educational, pendidikan, lesson, lessons, kelas menggambar, kelas melukis, kelas yoga, yoga class,
  kursus jahit, kursus masak, kursus baking, kelas baking, baking class, baking classes, cooking classes, kelas bikin,
  kelas memasak, photography class, photography classes, kelas fotografi, kelas pemula, kursus fotografi, kelas privat
school: sekolah, school, paud, tk, tpa, tpq, taman kanak-kanak, preschool, pre-school, kindergarten, playgroup,
  madrasah, ~kampus, universitas, university, college, sekolah dasar, sd, smp, sma, smk,
  sekolah musik, music school, sekolah bola, ssb, sekolah sepak bola, montessori, sekolah alam, sekolah islam,
  penerimaan siswa, siswa baru, ~murid, ~siswa, ~pelajar, mahasiswa baru
religious education: mengaji, ngaji, iqro, iqra, tahsin, belajar quran, belajar ngaji,
  les ngaji, guru ngaji, taman quran, rumah tahfidz, rumah quran
music lessons: les piano, les gitar, les musik, les biola, les drum, les vokal, kursus musik, piano lessons,
  guitar lessons, music lessons, kursus piano, kursus gitar, les renang, kelas renang, swimming lessons, les menari,
  sanggar tari, kelas tari, dance class, les balet, ballet class, les menggambar
""",
    "events": """
wedding organizer: wedding organizer, wedding organiser, wo, wedding planner, wedding planning, dekorasi pernikahan,
  dekorasi wedding, wedding decoration, wedding decor, ~pernikahan, ~wedding, ~nikahan, ~resepsi, ~lamaran, ~akad,
  ~pengantin, ~bride, ~kawinan, paket pernikahan, paket wedding, gedung pernikahan, sewa gedung, venue pernikahan,
  wedding venue, ~nikah, ~ijab qabul
event organizer: event organizer, event organiser, eo, event planner, organizer=2.5, organiser=2.5, organizing,
  organising, menyelenggarakan, mengadakan, family day, tenant, tenants, booth, stand bazar, retreat, retreats,
  yoga retreat, prom, prom night, karnaval, carnival, sewa kostum, kostum, 17an, agustusan, tujuhbelasan,
  perlengkapan pesta, sewa perlengkapan pesta, sewa alat pesta, party supplies, charity run, night run, 5k, 10k,
  half marathon, jazz=1.5, jazz night, music night, malam musik, open air, ~wisuda, graduation party, reuni, reunion, event management, penyelenggara acara,
  penyelenggara event, ~event, ~events, ~acara, gathering, outbound, family gathering, corporate event, ~rundown, ~venue,
  ~launching, seminar organizer, party planner, party organizer, birthday party, pesta ulang tahun, ~pesta, ~party,
  ~ulang tahun, ~ultah, ~birthday, kids party, dekorasi ulang tahun, dekorasi, decoration, dekor, balon dekorasi,
  ~~tiket, ~~ticket, ~~tickets
event rentals: sewa tenda, tenda, sound system, sewa sound, sewa sound system, rental sound, sewa kursi, sewa alat pesta,
  ~lighting, panggung, ~stage, photobooth, photo booth, ~~sewa alat
entertainment: mc, master of ceremony, pembawa acara, entertainment, hiburan, organ tunggal, live music, band wedding,
  badut, sulap, magician, penari, tari tradisional, ~pertunjukan, ~pentas, ~show, performance
concerts & festivals: konser, concert, festival, fest, pameran, exhibition, expo, bazar, bazaar, seminar, webinar,
  conference, konferensi, summit, meetup, fun run, marathon, maraton, lomba, kompetisi, competition, tournament,
  turnamen, nobar, nonton bareng, open mic, gig, pensi, pentas seni, talkshow, talk show, symposium, simposium, music festival,
  ~~jadwal acara, ~~lineup, line up
""",
    "technology": """
software: software house, software, perangkat lunak, aplikasi, ~app, ~apps, jasa pembuatan aplikasi, pembuatan aplikasi,
  aplikasi mobile, mobile app, mobile apps, android, ios, web app, sistem informasi, erp, crm, aplikasi kasir, pos system,
  kasir online, saas, ~platform, software development, programmer, programming, developer, pengembang, devops,
  ui/ux, ux, ui ux, ui design, game developer, game development, game studio, startup, start-up, start up, ~tech,
  teknologi, technology, it solution, it solutions, digitalisasi, otomasi, automation, chatbot, ~bot, ~ai,
  artificial intelligence, machine learning, data science, data analytics, analitik data, blockchain, web3, fintech,
  edtech, healthtech, agritech, iot, internet of things, cloud, cloud computing, ~digital, ~sistem, ~system,
  template notion, notion, spreadsheet, produk digital, digital products, digital product, jual digital, mesin absensi,
  absensi, fingerprint, pentesting, pentest, penetration test, iso 27001,
  chatbot wa, whatsapp bot, bot wa, qr order, self-order, self order, point of sale
web development: jasa pembuatan website=5, pembuatan website=4, jasa website=5, jasa bikin website=5, jasa buat website=5,
  jasa bikin web=5, jasa web=4, bikin website toko online=5,
  jasa web, web developer, web development, website development, web design, web designer, jasa desain website,
  desain website, website developer, jasa landing page, pembuatan landing page, wordpress, toko online builder,
  website builder, jasa pembuatan web, pembuatan web, jasa bikin web, jasa web design
digital agency: digital agency, agensi digital, agency digital, digital marketing, digital marketing agency, seo,
  social media marketing, jasa seo, jasa iklan, google ads, facebook ads, performance marketing, ~~ads
it services: it support, it consultant, it services, jaringan, network, networking, server, hosting, web hosting, domain,
  vps, data center, cybersecurity, cyber security, keamanan siber, pentest, penetration testing, infosec, managed service,
  instalasi jaringan, pasang wifi, ~~wifi, internet provider, isp, rt rw net, cctv, pasang cctv, instalasi cctv, smart home,
  jasa instal, instal ulang, install ulang, instal windows, install windows, 3d printing
device repair: rakit pc, pc rakitan, komputer rakitan, pc gaming, upgrade laptop, upgrade pc, servis laptop, service laptop, servis hp, service hp, servis handphone, service handphone, servis komputer,
  service komputer, reparasi laptop, perbaikan laptop, perbaikan hp, repair hp, phone repair, laptop repair,
  computer repair, servis gadget, service gadget, ganti lcd, ganti layar, servis iphone, service iphone, servis printer,
  service printer, servis macbook, service macbook, device repair, gadget repair, tukang servis hp, reparasi hp
""",
    "other": """
agriculture: pertanian, petani, tani, peternakan, ternak, ~sapi, ~kambing, ~domba, ayam petelur, ayam kampung, peternak,
  perikanan, tambak, budidaya, ikan lele, ~lele, ikan nila, pupuk, bibit, benih, hidroponik, hydroponic, ~kebun, perkebunan,
  sawit, hasil bumi, hasil tani, sayur organik, farm=3, farming=3, livestock, agriculture, agrikultur, jamur tiram,
  budidaya jamur, maggot, kandang, pemancingan, kolam pemancingan, kolam pancing, fishing pond, pemancingan galatama,
  plantation, perkebunan kopi, coffee plantation, we farm, export quality, kualitas ekspor, ekspor, export, cloves,
  cengkeh, vanili, vanilla beans, aqiqah, hewan qurban, qurban, kurban, telur ayam, ~telur, madu hutan, lebah madu
accommodation: kost, kos, kos-kosan, kosan, kost-kostan, boarding house, kontrakan, homestay, home stay, villa, vila,
  penginapan, guest house, guesthouse, hotel, apartemen, apartment, sewa rumah, sewa kamar, losmen, hostel, airbnb,
  resort, glamping, camping ground, ~kamar, kamar kos, kamar kost, ~~parkiran
real estate: properti, property, real estate, perumahan, developer perumahan, jual rumah, tanah kavling, kavling,
  kapling, rumah subsidi, ~cluster, townhouse, ruko, ~tanah
non-profit: yayasan, foundation, ngo, lsm, panti asuhan, orphanage, ~komunitas, ~community, donasi, donation, charity, amal,
  sedekah, zakat, infaq, wakaf, relawan, volunteer, nonprofit, non-profit, nirlaba, penggalangan dana, fundraising,
  rumah singgah, shelter, adopsi kucing, animal rescue, bank sampah, daur ulang, recycling, koperasi, bumdes, karang taruna=3, beach cleanups=4, cleanups=3,
  ~organisasi, ~organization, perkumpulan, paguyuban, ~alumni, ~~ikatan, ~himpunan, asosiasi, association, ~club, ~klub
religious: pesantren=4, pondok pesantren=6, ponpes=5, tahfidz, hafalan quran, masjid, mosque, musholla, mushola, surau, gereja, church, pura, vihara, klenteng, majelis taklim, pengajian,
  dkm, jemaat, ~ibadah, ~kajian, dakwah, ustadz, ustad, pendeta, pastor, ministry, persekutuan
government: ~desa, kelurahan, kecamatan, pemerintah, dinas, ~~rt, ~~rw, kampung wisata, desa wisata, pariwisata desa, partai,
  kampanye, caleg, politik, politician, public service
""",
}

# Per-type tie-break priority (lower wins) when scores are exactly equal.
TYPE_PRIORITY = {t: i for i, t in enumerate(
    ["food_and_beverage", "retail", "services", "technology", "education", "events", "creative", "other"])}

# Default industry label when a type wins only on weak evidence.
DEFAULT_INDUSTRY = {
    "food_and_beverage": "food", "retail": "retail", "services": "services", "creative": "creative studio",
    "education": "education", "events": "events", "technology": "technology", "other": "small business",
}


def _parse(source: dict[str, str] | None = None) -> dict[str, tuple[str, float, str]]:
    """keyword → (type, weight, industry). The first definition of a keyword wins."""
    table: dict[str, tuple[str, float, str]] = {}
    for btype, block in (LEXICON if source is None else source).items():
        industry = ""
        for raw in block.strip().splitlines():
            line = raw.strip()
            if not line:
                continue
            if not raw.startswith("  ") and ":" in line:
                industry, line = line.split(":", 1)
                industry = industry.strip()
            for kw in line.split(","):
                kw = kw.strip().lower()
                if not kw:
                    continue
                weak = len(kw) - len(kw.lstrip("~"))
                kw = kw.lstrip("~").strip()
                if "=" in kw:
                    kw, w = kw.split("=", 1)
                    kw = kw.strip()
                    if kw not in table or (table[kw][0] == btype and float(w) > table[kw][1]):
                        table[kw] = (btype, float(w), industry)  # an explicit weight may raise an earlier same-type entry
                    continue
                if weak == 2:
                    weight = 0.5
                elif weak == 1:
                    weight = 1.0
                else:
                    weight = 3.0 if (" " in kw or "-" in kw) else 2.0
                if kw not in table:
                    table[kw] = (btype, weight, industry)
    return table


KEYWORDS = _parse()
# The extension adds keywords; where it gives an explicit weight ("jastip=3") it also overrides the base entry.
for _k, _v in _parse(MORE).items():
    if _k not in KEYWORDS or (_v[0] == KEYWORDS[_k][0] and _v[1] > KEYWORDS[_k][1]):
        KEYWORDS[_k] = _v

# The business heads of the gazetteer (config/niches.yaml) that no list above has: keywords of the business type
# (classify.score) only, a phrase weighing 3 and a word 2 like any other, matched as written (no typo tolerance:
# "garden" is not "gorden"). Brand and offering rules read KEYWORDS alone.
_NORMED = {norm(k) for k in KEYWORDS}
HEAD_KEYWORDS: dict[str, tuple[str, float, str]] = {
    k: (t, 3.0 if " " in k else 2.0, i) for k, (t, i, _n) in heads().items() if k not in _NORMED}

# Industry labels that are too generic to report when a more specific one is present.
GENERIC_INDUSTRIES = {"food", "retail", "services", "reseller", "course"}
