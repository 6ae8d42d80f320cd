"""More industry keywords (same format as lexicon.LEXICON), merged in after it: the first definition wins.

Written industry by industry from what small Indonesian businesses do (not from the evaluation briefs):
common Indonesian and English names, abbreviations and frequent misspellings.
"""

from __future__ import annotations

MORE: dict[str, str] = {
    "food_and_beverage": """
bakery: sourdough, focaccia, baguette, bagel, brioche, bakpao, roti manis, roti tawar, cinnamon roll, pastel, lemper,
  kue tradisional, jajan pasar, kue pasar, wingko, bika, kue bawang, kue sagu, kue semprit, bake=1.5, bakes=1.5,
  baking=1, baked=1, cookies lebaran, donat kentang, bomboloni, churros, waffle, pancake, crepes, martabak mini
beverages: brew=1, brews=1, brewery, microbrewery, es kopi susu, kopi literan, kopi botolan, teh poci, es teh jumbo,
  cold brew, coffee beans, biji kopi sangrai, roasted beans, wine, sake, arak, tuak, cincau, es tebu, air tebu, sari kedelai,
  susu kedelai, susu murni, susu segar, jamu gendong, beras kencur, kunyit asam, wedang jahe, bandrek, bajigur, sekoteng,
  kopi aren, es doger, es pisang ijo, pisang ijo, minuman sehat, infused water, mocktail, bar, pub
restaurant: warung padang, rumah makan padang, warung sunda, restoran sunda, pondok makan, kedai makan, dapur umum,
  food truck, foodtruck, street food, hawker, buffet, all you can eat, ayce, bbq, barbeque, barbecue, grill, shabu,
  shabu-shabu, hotpot, yakiniku, korean bbq, suki, steakhouse, omakase, fine dining, bistro, brasserie, trattoria
street food: pempek, tekwan, model, pistel, lenggang, otak-otak, bakwan, tempe mendoan, mendoan, lalapan, penyetan,
  soto betawi, soto lamongan, rawon, lontong sayur, lontong balap, tahu tek, tahu campur, rujak cingur, pecel madiun,
  sate padang, sate madura, sate taichan, taichan, sate klatak, bakso urat, bakso aci, baso aci, cilor, telur gulung,
  sempol, kerak telor, dimsum mentai, mie jebew, mie setan, mie gacoan, mie goreng, mie rebus, indomie, warmindo,
  burjo, nasi kucing, sego, nasi campur, nasi rames, nasi pecel, nasi jamblang, nasi krawu, ayam bakar madu, ayam kremes,
  bebek bakar, lele goreng, ikan asap, dendeng, rendang kemasan, abon, serundeng, sambal botolan, sambal roa, bumbu pecel
catering: nasi box, snack box, kotak snack, aqiqah catering, catering aqiqah, katering sehat, catering sehat, meal plan,
  meal plans, meal box, rice bowl, bento, lunch box, katering kantor, catering kantor, catering pernikahan, tumpeng mini
frozen food: frozen dimsum, frozen pempek, siomay frozen, dimsum beku, bakso frozen, rendang beku
snacks: keripik tempe, keripik kaca, makaroni pedas, basreng pedas, kacang mete, emping, rengginang, opak, sale pisang,
  bolu pisang, brownies kukus, camilan sehat, dried fruit, manisan, asinan, kurma, cokelat, chocolate, praline, truffle,
  gelato, sorbet, es krim, popsicle, es lilin, kue khas, jajanan pasar
food: healthy meals, diet sehat, keto, low carb, vegan, plant-based, plant based, gluten free, organic food=1,
  home cooking, home cooked, masakan rumah, masakan jawa, masakan manado, masakan bali, lauk matang, frozen meal,
  chili oil, chilli oil, chili crisp, hot sauce, minyak cabai, minyak cabe, bumbu instan, bumbu racik, abon
""",
    "retail": """
grocery: toko bahan kue=4, bahan kue=4, bahan roti=4, toko bahan, bahan baku=2, minimarket, mart, swalayan, supermarket,
  toko grosir, agen sembako, agen beras, agen gas, depot air, depot air minum, air isi ulang, toko sayur, tukang sayur,
  toko daging, toko frozen, frozen mart, toko tani, toko pertanian, obat hama, pestisida, alat pertanian, alat semprot
fashion: gamis syari, abaya, tunik, koko, baju koko, peci, kopiah, sarong, sarung tangan, jersey, kaos bola, kemeja flanel,
  celana chino, kulot, rok plisket, cardigan, blazer, jas, setelan, piyama anak, baju bayi, perlengkapan bayi, popok,
  fabric, fabrics, kain meteran, toko kain, tekstil, textile, bahan kain, by the metre, by the meter, vintage clothing,
  windbreaker, denim, streetwear brand
accessories: jewelry store, jewellery, fine jewellery, cincin kawin, emas batangan, logam mulia, arloji, kacamata minus,
  lensa kontak, softlens, kacamata hitam, tas wanita, tas kulit, dompet kulit, bros hijab
electronics: hp second, hp bekas, iphone second, konter, laptop second, laptop bekas, aksesoris gadget, powerbank,
  charger, casing hp, tempered glass, headset, earphone, speaker bluetooth, camera store, drone shop, tv, kulkas,
  bluetooth speaker, speaker aktif, speaker=1, soundbar, headphone, amplifier, toko audio, audio store, car audio,
  mesin cuci, kipas angin, rice cooker, elektronik rumah tangga, lampu led, alat listrik, toko listrik
gifts: oleh oleh haji, souvenir haji, perlengkapan haji, perlengkapan umroh, air zamzam, sajadah, tasbih, mukena travel,
  hampers lebaran, parcel lebaran, souvenir pernikahan, souvenir nikahan, kado wisuda, buket snack, buket uang, bouquet bunga
pet shop: pakan ternak=1, pakan ikan, pakan burung, toko burung, kandang kucing, pasir kucing, aksesoris hewan
hardware store: toko besi, toko cat, toko keramik, sanitair, baja ringan, kayu bangunan, pasir, batu bata, genteng,
  toko pancing, alat pancing, perkakas, tools, hardware
automotive parts: toko ban, velg, oli mobil, aki, knalpot, aksesoris sepeda, sepeda lipat, road bike, bike shop
retail: jual beli=2, distributor resmi, agen resmi, authorized dealer, official store, toko resmi, konsinyasi,
  preorder=1, pre-order=1, ready stock=1.5, reseller welcome=2, open reseller=2, grosir dan eceran, sell=0.5, sells=0.5
""",
    "services": """
laundry: laundry sepatu, laundry karpet, laundry helm, laundry boneka, cuci gordyn, cuci sofa, cuci kasur, cuci springbed,
  hydro cleaning, dry cleaner
home services: sedot wc=4, sedot septic, septic tank, saluran mampet, wc mampet, deep cleaning, general cleaning,
  jasa bersih rumah, poles lantai, poles marmer, tukang kunci, duplikat kunci, service pompa air, sumur bor, bor sumur,
  servis kompor, service kompor, isi freon, pasang gypsum, plafon, jasa cat, tukang cat, pasang keramik, jasa bangun rumah,
  borongan, jasa renovasi, fogging, anti rayap, basmi rayap, pembasmi rayap, angkut sampah
auto repair: cuci steam, steam motor, poles mobil, coating mobil, nano ceramic, kaca film, ganti ban, servis rem, bengkel ac mobil,
  derek, towing, ketok magic, variasi motor=1
metal work: bengkel bubut, bubut, bubut cnc, bengkel cnc, jasa cnc, cnc machining, machine shop, machining,
  precision machining, jasa fabrikasi, fabrikasi, metal fabrication, fabrikasi besi, milling cnc, cnc milling, cnc turning
farm services: bajak, bajak sawah, jasa bajak, traktor, jasa traktor, sewa traktor, rental traktor, olah lahan,
  jasa olah lahan, tractor, tractors, hand tractor, plough, plow, ploughing, plowing, rotavator, combine harvester,
  jasa panen, jasa panen padi, rice transplanter, jasa tanam padi
beauty salon: eyelash extension, nail extension, henna, henna art, lash lift, brow lamination, hair spa, hair coloring,
  cat rambut, potong rambut anak, barbershop anak, salon muslimah, salon muslim, reflexology, pijat refleksi,
  pijat panggilan, pijat tradisional, urut, spa panggilan, waxing, microblading, sulam bibir
healthcare: klinik pratama, praktek dokter, praktik bidan, bidan praktik, dokter umum, klinik gigi, orthodontist,
  behel, kawat gigi, cabut gigi, tambal gigi, psikolog anak, konseling, counseling, terapi wicara, speech therapy,
  okupasi, fisioterapis, chiropractor, apotek klinik, cek darah, lab klinik, vaksinasi, vaccination, sterilisasi, sterilisation,
  sterilization, dokter hewan panggilan, animal clinic, vet clinic, klinik kecantikan, aesthetic clinic, home visit
professional services: jasa hukum, konsultan hukum, notaris ppat, jasa akuntansi, laporan keuangan, jasa pembukuan,
  pendirian pt, pendirian cv, pembuatan pt, legalitas usaha, urus nib, urus izin, jasa legalitas, biro jasa stnk,
  perpanjang stnk, balik nama, asuransi mobil, agen asuransi, konsultan properti, broker properti, appraisal, jasa survey,
  virtual assistant, jasa admin, jasa ketik, jasa skripsi=1, jasa hr, headhunter
transport: jastip=3, jasa titip=3, titip beli=3, personal shopper, cargo=3, kargo=3, ekspedisi, freight, forwarder,
  freight forwarder, jasa kirim motor, kirim motor, kirim mobil, pengiriman motor, pengiriman mobil, towing, travel antar kota, shuttle bandara, antar jemput bandara,
  sewa hiace, sewa elf, rental hiace, rent motorbike, scooter rental, sewa kapal, sewa perahu,
  dive center, tour operator, trekking, hiking guide, jeep tour, city tour, trucking, cold chain, jasa pengiriman,
  agen jne, agen j&t, agen jnt, agen sicepat, agen pos, agen tiki, agen ekspedisi, agen kargo, agen cargo, mitra jne,
  drop point, customs clearance, jasa pabean, bongkar muat, shipping container, container shipping, pengiriman kontainer
tailoring: jahit=2.5, jahitan=2.5, menjahit=2.5, penjahit=3, vermak=3, permak=3, jahit baju, jahit kebaya, jahit seragam,
  permak jeans, obras, bordir komputer=1
childcare: penitipan bayi, daycare anak, jasa pengasuh, baby sitter panggilan, penyalur babysitter
fitness: personal trainer, pt gym, zumba, aerobik, senam, senam aerobik, kelas senam=1, lapangan padel, padel, sewa lapangan,
  mini soccer, lapangan mini soccer, billiard, biliar, bowling, kolam pemancingan=1, yoga, vinyasa, hatha yoga, yin yoga,
  ashtanga, aerial yoga, prenatal yoga, yoga prenatal, reformer pilates
services: jasa panggilan, home service, layanan antar jemput=1, event photographer=1, sewa alat=1
pet care: pet sitting, dog walking, pet taxi
""",
    "creative": """
photography: foto keluarga, family photo, foto bayi, newborn photography, maternity, foto maternity, foto produk umkm,
  foto katalog, product shoot, self photo, self studio, selfphoto, photobox=1, pas foto, foto ktp
videography: video company profile, video profil, video iklan, iklan video, tvc, videography wedding, same day edit,
  aerial video, video drone, dokumentasi acara, dokumentasi wedding
graphic design: desain kemasan, packaging design, desain feed, desain feed instagram, konten feed, desain banner, desain menu,
  desain kaos, desain brosur, desain poster, desain sticker, stiker custom, sticker custom, character design, mascot design,
  desain karakter, ilustrasi buku, children's book, book illustration, comic, komik, webtoon, nft art, digital art, lettering
music: band indie, indie band, band akustik, akustik, grup musik, paduan suara, choir, orkestra, orchestra, gamelan,
  grup gamelan, keroncong, dangdut, rapper, hip hop, dj set=1, beat maker, beatmaker, mixing, mastering, mixing mastering,
  rekaman lagu, jingle, podcast studio, voice over, dubbing, sewa studio musik, studio latihan, studio band
fine art: pelukis potret, lukis wajah, sketsa wajah, lukisan pesanan, mural art, seni mural, street art, graffiti, grafiti,
  seni rupa, patung, sculpture, pematung, wayang, dalang, topeng, relief, kaligrafi arab, art studio, art space
crafts: perajin, pengrajin kayu, ukir, ukiran jepara, mebel ukir=1, amigurumi, sulam, sulaman, tenun ikat, batik cap=1,
  kerajinan bambu, anyaman bambu, kerajinan kulit, leather craft, leathercraft, dompet kulit handmade, lilin aromaterapi,
  scented candle, candle, sabun handmade=1, terrarium, diorama, resin, keramik handmade, pottery studio, ceramic studio,
  woodworking, wood craft, perak bakar, silver craft, kerajinan perak, jewelry handmade, manik-manik, beads
content creation: youtuber, youtube channel, tiktoker, influencer, kol, selebgram, konten umkm, ghostwriter, penulis buku,
  penulisan proposal, proposal hibah, proposal dana, proposal writing, grant writing, grant proposal, grant proposals,
  self publishing, penerbit indie, zine, majalah, magazine, copy writing
makeup artistry: makeup artist, mua wisuda, mua wedding, mua panggilan, bridal, hairdo, hijab do, hijabdo, henna pengantin
""",
    "education": """
tutoring: les privat sd, les privat smp, guru les, guru privat matematika, bimbel online, bimbingan belajar online,
  persiapan ujian, persiapan utbk, persiapan cpns, cpns, bimbel cpns, bimbel tni polri, bimbel kedinasan, olimpiade,
  les calistung anak, les membaca, math tutoring, tutoring center, private tutoring, homework help, les fisika, les kimia
language school: kursus bahasa, kampung inggris, english camp, ielts preparation, toefl preparation, jlpt, hsk, topik,
  kursus bahasa jerman, bahasa jerman, kursus bahasa prancis, bahasa belanda, kursus bahasa korea, les bahasa arab,
  bipa, indonesian for foreigners, learn indonesian, bahasa class, nihongo, english for adults, public speaking
  english conversation, english lessons, english tutor, english teacher, english classes, conversation lessons,
  german course, german classes, german lessons, kelas bahasa jerman, a1 to b2, a1 sampai b2, a1 hingga b2, cefr
  les bahasa korea, les bahasa jepang, les bahasa mandarin, les bahasa jerman, les bahasa prancis, les bahasa belanda
course: lpk, lkp, balai latihan, pelatihan kerja, pelatihan k3, k3, training center, pelatihan barista, kelas barista,
  barista class, kursus barista, kursus menjahit, kursus make up, kelas makeup, kursus salon, kursus tata rias,
  kursus komputer, kursus excel, kelas excel, kursus desain, kelas desain, kelas digital marketing, bootcamp coding,
  kursus pemrograman, kelas programming, kelas robotika, kursus stir mobil, kursus nyetir, kursus mengemudi, les nyetir,
  les mengemudi, kursus menyetir, kelas menulis, writing class, kelas public speaking, kelas parenting, parenting class,
  kelas online, magang, magang jepang, pelatihan magang, sertifikasi bnsp, ujian kompetensi, i teach, we teach
school: sekolah dasar islam, sdit, sd it, smpit, mi, mts, ma, pondok tahfidz=1, daycare sekolah=1, kelompok bermain, kb,
  sekolah inklusi, sekolah internasional, international school, sekolah kejuruan, politeknik, akademi keperawatan,
  stikes, sekolah tinggi, penerimaan murid baru, ppdb, tahun ajaran, sekolah minggu=1, sekolah terbang, flight school
music lessons: les vokal, kelas vokal, vocal class, les keyboard, kursus drum, kelas gitar, les ukulele, les saxophone,
  les tari, kursus tari, sanggar tari, kelas balet, ballet school, dance school, sekolah tari, les renang anak,
  sekolah renang, swim school, swimming school, kelas renang bayi, les karate=1, les taekwondo=1, les silat=1,
  les melukis, kelas melukis anak, art class, art classes, kelas seni, les catur, kelas catur
""",
    "events": """
wedding organizer: wedding organizer murah, wo murah, paket nikah, paket akad, dekorasi akad, dekor akad, dekorasi lamaran,
  lamaran organizer, engagement, wedding package, intimate wedding, destination wedding, wedding planner bali,
  venue nikah, gedung serbaguna, sewa gedung serbaguna, ballroom, wedding hall, pelaminan, sewa pelaminan, rias pelaminan
event organizer: panitia=2, kepanitiaan=2, penyelenggara=2, organizing committee, event kampus, event sekolah,
  gathering kantor, outing, team building, company outing, family gathering, pensi sekolah, lomba 17an, acara 17an,
  perayaan, peringatan, halal bihalal, buka bersama, bukber, syukuran, tasyakuran, khitanan, aqiqahan=1, baby shower,
  gender reveal, bridal shower, sweet seventeen, sweet 17, pesta anak, kids party, birthday organizer, party decor,
  dekorasi balon, balloon decor, balon, backdrop, photo corner, sewa backdrop, ~~run, fun run, color run, night run,
  trail run, fun walk, jalan sehat, gowes, fun bike, sepeda santai, turnamen futsal, turnamen esports, esports tournament,
  mabar, kompetisi band, festival band, lomba mewarnai, lomba, jambore, pekan raya, pasar malam, night market,
  market day, flea market, pasar kaget, car free day=1, expo umkm, bazar umkm, bazaar umkm, tenant bazar
event rentals: sewa tenda hajatan, tenda hajatan, tenda dekorasi, tenda sarnafil, sewa kursi futura, sewa meja, sewa genset,
  sewa lighting, sewa led screen, videotron, sewa videotron, sewa panggung, rigging, sewa alat catering, sewa piring,
  sewa alat makan, sewa kostum, sewa baju adat, sewa jas, sewa gaun, sewa kebaya, sewa photobooth, 360 photobooth
entertainment: mc wedding, mc acara, band pernikahan, organ tunggal, orgen tunggal, hiburan pernikahan, badut ulang tahun,
  pesulap, magic show, puppet show, boneka badut, odong-odong=1, live band, akustik wedding, wedding singer
concerts & festivals: festival musik, music festival, konser amal, konser musik, jazz festival, festival kuliner, food festival,
  festival budaya, cultural festival, art festival, film festival, pameran seni, art exhibition, trade show, pameran dagang,
  job fair, bursa kerja, edu fair, education fair, talkshow, launching buku=1, book fair, comic con,
  cosplay, j-fest, jejepangan, anime festival
""",
    "technology": """
software: aplikasi kasir, kasir digital, pos, sistem kasir, software kasir, aplikasi absensi, absensi online, payroll,
  aplikasi hr, hris, aplikasi sekolah, sistem sekolah, aplikasi klinik, sistem klinik, aplikasi antrian, sistem antrian,
  aplikasi keuangan, aplikasi akuntansi, aplikasi inventory, inventory system, aplikasi laundry, aplikasi booking,
  aplikasi ojek, aplikasi mobile, app developer, mobile developer, flutter, react, laravel, python developer, api,
  integrasi, integration, dashboard, data dashboard, analytics, machine vision, computer vision, ocr, llm, generative ai,
  ai chatbot, chatbot ai, marketplace app, super app, platform digital, digital platform, edtech startup, agritech startup,
  fintech startup, subscription software, b2b saas, software as a service, game indie, indie game, mobile game, game mobile,
  game studio, esports app, vr, ar, augmented reality, virtual reality, metaverse, smart contract
  live streaming=1
web development: bikin website=3, buat website=3, pembuatan website, jasa website umkm, website umkm, jasa landing page,
  landing page builder, toko online builder, web toko online, website sekolah, website company profile, company profile web,
  webdev, web dev, frontend, backend, fullstack, full stack, shopify, woocommerce, wix
digital agency: social media management, kelola instagram, admin sosmed, jasa admin sosmed, manajemen media sosial,
  jasa ads, iklan facebook, iklan instagram, iklan google, meta ads, tiktok ads, marketing agency, growth hacking,
  seo agency, jasa followers=1, live selling=1
it services: pasang internet, internet desa, wifi desa, rt/rw net, rtrw net, voucher wifi, hotspot, mikrotik, fiber optik,
  fiber optic, jaringan kantor, instalasi jaringan, maintenance server, colocation, cloud server, email hosting,
  domain murah, cctv online, pasang cctv rumah, alarm rumah, smart lock, access control, fingerprint absensi,
  iot device, gps tracker, pelacak gps, cyber, keamanan data, penetration, vapt, backup data, data recovery, recovery data
device repair: servis hp, servis iphone, servis laptop, ganti baterai, ganti lcd hp, unlock, flashing, servis tablet,
  servis konsol, servis ps, service playstation, servis drone, servis kamera, rakit komputer, rakit pc gaming
""",
    "other": """
agriculture: peternakan ayam, peternakan sapi, peternakan kambing, kambing etawa, susu kambing, sapi perah, susu sapi segar,
  peternakan domba, ternak bebek, ternak puyuh, puyuh, burung puyuh, ternak lele, budidaya lele, bibit lele, ternak ikan,
  budidaya ikan, ikan nila, gurame, bandeng, udang vaname, tambak udang, kepiting, rumput laut, nelayan, hasil tangkapan,
  ikan segar=1, petani kopi, kebun kopi, kebun teh, perkebunan teh, kebun durian, durian montong, kebun buah, kebun jeruk,
  kebun anggur, kebun stroberi, petik stroberi, agrowisata, agro wisata, wisata petik, kebun sayur, sayur hidroponik,
  green house, greenhouse, pembibitan, bibit tanaman, bibit buah, bibit durian, benih padi, padi, sawah, gabah, jagung pipil,
  singkong, porang, kelapa sawit, karet, kakao, cacao farm, lebah, peternak lebah, madu murni, madu asli, jamur kuping,
  kompos, pupuk organik, pupuk kandang, maggot bsf, kelompok tani=4, gapoktan, poktan, petani milenial, urban farming,
  we grow, we raise, our farm, family farm, organic farm, dairy farm, goat farm, fish farm, shrimp farm, bee farm
accommodation: kost putri, kost putra, kos putri, kos putra, kost campur, kos campur, kost eksklusif, kost exclusive,
  kost pasutri, rumah kost, rumah kos, kamar kost, kontrakan petak, sewa kost, coliving, co-living, hostel, capsule hotel,
  guesthouse, guest house, bed and breakfast, b&b, bungalow, cottage, cottages, pondok wisata, villa keluarga, sewa villa,
  villa syariah, homestay syariah, penginapan murah, camping, bumi perkemahan, glamping
non-profit: panti jompo, panti werdha, rumah yatim, anak yatim, yatim piatu, dhuafa, lembaga amil zakat, laz, baznas,
  rumah zakat, sedekah jumat, berbagi nasi, komunitas=2, community=1.5, gerakan, relawan, volunteers, peduli, kemanusiaan,
  humanitarian, rescue, animal shelter, shelter kucing, rumah singgah kucing, street dogs, stray, adopsi, adoption,
  bank sampah=4, pengelolaan sampah, sampah plastik, eco brick, ecobrick, lingkungan hidup, mangrove, konservasi,
  conservation, karang taruna, posyandu, pkk, dasawisma, rt, rw, ikatan alumni, alumni sma, paguyuban, klub motor,
  komunitas motor, klub mobil, komunitas sepeda, komunitas lari, running club, klub menembak, klub tembak, shooting club, hobi, fans club, fanbase, koperasi=3,
  koperasi simpan pinjam, ksp, kopdit, credit union, bmt, baitul maal, koperasi syariah, koperasi karyawan, koperasi desa
religious: masjid=3, musala, langgar, remaja masjid, risma, irma, takmir, takmir masjid, majelis, majlis, majelis ta'lim,
  majlis taklim, pengajian ibu, kajian rutin, tpq=1, gereja=3, gki, gbi, hkbp, gpib, paroki, katolik, kristen, jemaat gereja,
  pemuda gereja, persekutuan doa, ibadah minggu, kebaktian, vihara buddha, pura hindu, klenteng tionghoa, kelenteng,
  pesantren kilat, ponpes tahfidz, santri, umat
government: bumdes, badan usaha milik desa, pemdes, pemerintah desa, website desa, profil desa, kampung, dusun,
  desa adat, lpm, bpd, kantor desa, kelurahan, puskesmas=1, posyandu, dinas
""",
}

# Decisive words: professions, performing groups, institutions (weights override the base entries of the same type).
MORE["creative"] += """
music: grup musik=3, grup keroncong=4, keroncong=3, hadroh=4, grup hadroh=4, rebana=3, qasidah=3, kasidah=3, marawis=3,
  gambus=3, angklung=2, kulintang=3, sholawat=2, grup sholawat=3, wedding band=4, band=3, musisi=3
crafts: ecoprint=3, eco print, ecoprinting, hand-painted=3, hand painted=3, handpainted=3, signage=2, papan nama=2,
  cat papan=3, lukis papan, rattan=2, rotan=2, anyaman rotan=3, tas rotan=3, batik painting
photography: food photography=4, food styling=4, food stylist=4, product styling=3, fotografer makanan=4
makeup artistry: makeup artist=4, make up artist=4, wedding makeup=4, graduation makeup=4, makeup wisuda=4, mua=4
"""
MORE["technology"] += """
it services: konsultasi it=4, konsultan it=4, layanan it=4, infrastruktur it=3, infrastruktur jaringan=3, simrs=4,
  sistem informasi=4, sistem informasi akademik=5, implementasi sistem=3, power bi=3, looker studio=3, analisis data=3,
  data analysis=3, software pembukuan=5, aplikasi pembukuan=5, software akuntansi=5, berbasis web=3, web-based=3
"""
MORE["education"] += """
music lessons: belajar renang=4, klub renang=3, swim club=3, swimming club=3, sekolah sepak bola=4, akademi sepak bola=4
"""
MORE["events"] += """
event organizer: acara aqiqah=3, urus acara=3, prom=3, pensi=3
"""
MORE["other"] += """
religious: klenteng=4, kelenteng=4, vihara=4, pura=3, masjid=4, gereja=4, musholla=3, dkm=4, sembahyang=2
non-profit: bumdes=5, paguyuban=4, ikatan keluarga=4, perantau=2, arisan=2, iuran=2, yayasan=4, koperasi=4, bank sampah=5
accommodation: wisma=3, monthly rooms=3, rooms for rent=3, kamar bulanan=3, kost=4, kos=3, homestay=4, guesthouse=4
"""
MORE["other"] += """
agriculture: petelur=3, pedaging=3, ayam pedaging, ayam broiler, broiler=3, bebek petelur=4, itik=2, peternakan bebek
non-profit: simpan pinjam=3, unit usaha desa=3
"""
# Trips on the operator's own boat, charters and dives are "other" (the card: klotok trips, fishing charters, a dive
# operator), like outdoor adventure trips; a travel agency or an umrah bureau that books travel stays a service.
# A funeral home is "other" too.
MORE["other"] += """
travel: charter, charters, boat trip, boat trips, boat charter, fishing trip=3, fishing trips=3,
  fishing charter=3, fishing charters=3, snorkeling trip, snorkelling trip, diving trip, dive trip, dive trips,
  dive operator=3, fun dive, fun dives, island hopping, liveaboard, houseboat, klotok, trip mancing=3, mancing laut=3
funeral home: rumah duka=3, funeral home=3, funeral parlour=3, funeral parlor=3, jasa pemakaman=3, layanan pemakaman=3,
  pemulasaran jenazah=3, jasa pemulasaran=3, mobil jenazah, ambulans jenazah, peti jenazah, undertaker=3, mortuary,
  cremation=3, kremasi=3, pet cremation=4, kremasi hewan=4, pet memorial=4, pet burial=4, pemakaman hewan=4
"""
# Energy and machines: solar power, chargers, sensors, CNC and robots are technology, not the IT support of an office
# (no niche of their own: neutral technology words, never "Layanan IT" for a solar installer).
MORE["technology"] += """
engineering technology: panel surya=4, solar panel=4, solar panels=4, pembangkit listrik tenaga surya, plts,
  solar energy, solar installer, energi surya, listrik tenaga surya, inverter, baterai lithium, ev charger,
  charging station, sensor, 3d printer, cnc, laser cutting, robot, robotics, otomasi pabrik, plc, scada
"""
# Drones that spray, map or survey fields and sites are a technology service (the card: drone spraying); a drone
# that films is the camera of a photographer (creative, "drone" alone).
MORE["technology"] += """
drone services: drone spraying=3, drone sprayer=3, drone mapping=3, pemetaan drone=3, penyemprotan drone=3, semprot drone=3, drone pertanian=3,
  agricultural drone=3, agri drone=3, spraying drone=3, drone survey=3, survey drone=3, pemetaan lahan=2,
  drone pemetaan=3, drone inspection=3, inspeksi drone=3, aerial mapping=3
"""
# Gaps found while reading briefs from other writers: trades written in ways the lists above miss.
MORE["retail"] += """
furniture: chairs=2, chair, tables=1, lounge set=3, lounge sets=3, rattan furniture=4, rattan chairs=4, kursi tamu=3,
  meja makan=3, lemari jati=3, mebel jati=3, furniture jati=4, bed frame=3, wardrobe=2, cabinets=2
books: journals=2, journal=2, notebook=2, notebooks=2, washi=3, washi tapes=3, washi tape=3, stickers=2, sticker=2,
  planner=2, planners=2, buku tulis=3, pulpen=2, pen=1
"""
MORE["services"] += """
laundry: linen=2, bed linen=3, washed=1, ironed=2, folded=1, laundry villa=4, cuci linen=3
"""
MORE["creative"] += """
music: dj=3, disc jockey=3, open format dj=4, dj wedding=4, wedding dj=4
crafts: leather workshop=4, leather goods=3, kerajinan kulit=4, sanggar batik=4, membatik=3, batik cap=3,
  aromaterapi=2, soy wax=3, lilin aromaterapi=3, scented candles=3, ceramic, ceramic mugs=3, stoneware=3,
  hand-thrown=3, wheel-thrown=3, kiln=2, glazed=2, mug keramik=3, piring keramik=2, craft studio=4, batik studio=4,
  rumah batik=3, hand-drawn batik=4, batik workshop=4, batik workshops=4
"""
MORE["technology"] += """
digital agency: kol=3, influencer=2, influencers=2, influencer marketing=4, agency kol=4, fb ads=4, ig ads=4,
  instagram ads=4, tiktok ads=4, meta ads=4, pemasaran digital=4, konsultan pemasaran=3, iklan online=3,
  google bisnis=3, google bisnis profil=4, google business profile=4, google my business=4, optimasi google=3,
  optimasi google maps=4, optimasi google bisnis=4, local seo=4, optimasi seo=4
software: aplikasi antrian=4, queue app=4, booking app=4, platform pelatihan=4, platform=2, e-raport=3, ppdb online=3
  template excel=3, excel template=3, excel templates=3, google sheets=3, spreadsheet=2, spreadsheets=2
web development: landing page=3, website sekolah=4, pembuatan landing page=5
"""
MORE["events"] += """
concerts & festivals: webinar=3, webinars=3, online webinar=3
event organizer: proposal planner=4, surprise planner=4, engagement planner=4, birthday planner=4, surprise proposal=4,
  surprise proposals=4, marriage proposal=3, proposal setup=3, lamaran surprise=3, surprise lamaran=3, surprise party=3,
  surprise birthday=3, surprise ulang tahun=3, kejutan ulang tahun=3, jasa surprise=3
wedding organizer: floral styling=4, centrepieces=3, centerpieces=3, aisle flowers=3, flower arrangements=2
"""
MORE["retail"] += """
fashion: pajamas=3, rompers=3, romper=3, onesies=3, kids clothes=3, clothes=2
"""
MORE["services"] += """
tailoring: bespoke=3, bespoke suits=4, fittings=2, made to measure=3, alterations=3
"""
# Print shops make things to order: creative work, as the page gold set and the sablon convention have it
# (a photocopy counter stays a service).
MORE["creative"] += """
printing: percetakan=3, printing, digital printing, cetak, print, cetak undangan, jilid, cetak banner, spanduk, banner,
  offset=3, percetakan offset=4, cetak buku=4, cetak majalah=3, cetak kalender=3, kemasan karton=2, print 3d=4,
  3d print=4, 3d printing=4
"""
MORE["services"] += """
printing: fotokopi, fotocopy
"""
MORE["education"] += """
tutoring: bimbingan=2, bimbingan skripsi=4, bimbingan olimpiade=4, olah data=2
"""
MORE["food_and_beverage"] += """
coffee shop: arabica=2, arabika=2, robusta=2, roast=1, roasting=2, roaster=2, roasted=1, green beans=2, single origin=3
"""
MORE["retail"] += """
florist: succulents=3, succulent=3, indoor plants=4, house plants=4, houseplants=4, potted plants=3
electronics: laptop=2, laptops=2, tablet=1, smartwatch=2, earbuds=2
"""
# The card's conventions for trades that sat under another type: a garment maker (konveksi) and a translator are
# creative, laptop and projector rental is technology, boarding pets is lodging (other, like a kost).
MORE["creative"] += """
garments: konveksi, garment, garmen, konveksi kaos=1
translation: penerjemah, translator, terjemahan, translation, jasa penerjemah, sworn translator
"""
MORE["technology"] += """
it rental: sewa proyektor
"""
MORE["other"] += """
pet boarding: penitipan hewan, pet hotel, penitipan kucing, penitipan anjing, hotel kucing
"""
# Regional and English trade words other writers use: a Javanese marquee (tarub, terop, tratak) hired for a family
# celebration (nduwe gawe, hajatan: weak, it is often only the occasion a caterer serves), and glass crafts.
MORE["events"] += """
event rentals: tarub=3, terop=3, tratak=3, sewa tarub=4, sewa terop=4, sewa tratak=4, tenda tarub=4
event organizer: hajatan=1, nduwe gawe=2, duwe gawe=2, mantenan=1, kenduri=1, kendurian=1
"""
MORE["creative"] += """
crafts: stained glass=3, kaca patri=3, glass art=3, glassblowing=3, glass blowing=3, glass blower=3, made by hand=2,
  handcrafted by=2
"""
