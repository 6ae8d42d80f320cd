"""A gazetteer of Indonesian (and a few foreign) places, to spot locations in lower-case briefs and to keep a
town out of a brand ("Sumber Rejeki Tulungagung" is Sumber Rejeki in Tulungagung).

Two parts: the hand list below (the names owners write: "jogja", "jaksel", districts and neighbourhoods,
coffee origins, foreign cities) and every province and regency/city of Indonesia from config/places_id.txt.
"""

from __future__ import annotations

from tapsite_pipeline.resources import data_dir

_PLACES = """
jakarta, jakarta selatan, jakarta utara, jakarta barat, jakarta timur, jakarta pusat, jaksel, jakut, jakbar, jaktim,
jakpus, jkt, sby, bdg, dki, jabar, jateng, jatim, jabo, bandung, bandung barat, cimahi, bogor, depok, tangerang, tangerang selatan, tangsel, bekasi, jabodetabek,
jabodetabek, surabaya, sidoarjo, gresik, malang, batu, kediri, blitar, madiun, jember, banyuwangi, probolinggo,
pasuruan, mojokerto, lamongan, tuban, bojonegoro, ponorogo, magetan, ngawi, trenggalek, tulungagung, lumajang,
situbondo, bondowoso, madura, bangkalan, sumenep, pamekasan, semarang, solo, surakarta, yogyakarta, jogja, jogjakarta,
yogya, jogya, sleman, bantul, kulon progo, gunung kidul, gunungkidul, magelang, klaten, boyolali, sukoharjo,
karanganyar, sragen, wonogiri, salatiga, kudus, jepara, pati, rembang, demak, kendal, pekalongan, batang, tegal,
brebes, pemalang, purwokerto, banyumas, cilacap, purbalingga, banjarnegara, wonosobo, temanggung, kebumen,
purworejo, cirebon, kuningan, majalengka, indramayu, sumedang, garut, tasikmalaya, tasik, ciamis, banjar,
pangandaran, sukabumi, cianjur, purwakarta, karawang, subang, serang, cilegon, pandeglang, lebak, banten, puncak,
lembang, medan, binjai, deli serdang, pematangsiantar, siantar, tebing tinggi, padang, bukittinggi, payakumbuh,
pekanbaru, dumai, batam, tanjung pinang, bintan, jambi, palembang, bengkulu, lampung, bandar lampung, metro,
pangkal pinang, bangka, belitung, aceh, banda aceh, lhokseumawe, pontianak, singkawang, palangkaraya,
palangka raya, banjarmasin, banjarbaru, balikpapan, samarinda, bontang, tarakan, ikn, nusantara, makassar,
gowa, maros, parepare, palopo, bone, manado, bitung, tomohon, gorontalo, palu, kendari, ambon, ternate, sorong,
manokwari, jayapura, merauke, timika, bali, denpasar, badung, gianyar, tabanan, ubud, kuta, seminyak, canggu,
sanur, jimbaran, nusa dua, singaraja, karangasem, lombok, mataram, sumbawa, bima, kupang, labuan bajo, flores,
ende, maumere, sumba, jawa barat, jawa tengah, jawa timur, diy, ntb, ntt, kalimantan, sumatera, sumatra, sulawesi,
papua, maluku, jawa, indonesia, jabar, jateng, jatim, kalbar, kalteng, kalsel, kaltim, sulsel, sulut, sumut,
sumbar, sumsel, cibubur, cikarang, cileungsi, cinere, ciputat, pamulang, serpong, bsd, bintaro, kemang, menteng,
kelapa gading, pondok indah, cawang, tebet, depok baru, margonda, dago, buah batu, antapani, cimahi, jatinangor,
kopo, cibiru, ciledug, karawaci, gading serpong, alam sutera, pik, pluit, grogol, glodok, mangga dua, tanah abang,
senayan, kuningan, sudirman, blok m, cikini, rawamangun, pulogadung, cakung, cengkareng, kalideres, tambun,
cibinong, sentul, citayam, parung, ciawi, kota wisata, jagakarsa, lenteng agung, pasar minggu, kebayoran, cilandak,
condet, kramat jati, jatinegara, cempaka putih, kemayoran, duren sawit, pondok kelapa, pondok gede, klender, ciracas,
cipayung, pasar rebo, matraman, utan kayu, salemba, kalibata, pejaten, ragunan, cipete, kebayoran baru, kebayoran lama,
mampang prapatan, pesanggrahan, kebon jeruk, palmerah, slipi, tomang, bendungan hilir, benhil, sawah besar, johar baru,
sunter, tanjung priok, cilincing, pademangan, penjaringan, ancol, kalimalang, jatiwaringin, jatibening,
condongcatur, kaliurang, malioboro, godean, gamping, kartasura, colomadu, ungaran, tembalang, banyumanik, kota lama,
kuta bali, singapore, singapura, kuala lumpur, malaysia, london, new york, sydney, melbourne, tokyo, seoul,
amsterdam, paris, berlin, bangkok, manila, hong kong, dubai, los angeles, san francisco, toronto, chicago, austin,
seattle, boston, perth, auckland, brisbane,
gayo, kintamani, toraja, mandailing, sidikalang, lintong, temanggung, wamena, bajawa, kerinci, malabar, ijen,
pangalengan, puntang, manggarai, lampung barat,
legian, kerobokan, berawa, umalas, pererenan, uluwatu, pecatu, nusa penida, nusa lembongan, amed, lovina, sidemen,
senggigi, gili trawangan, gili air, mandalika,
south jakarta, north jakarta, west jakarta, east jakarta, central jakarta, south tangerang, west bandung, west java,
central java, east java, north sumatra, west sumatra, south sumatra, north sulawesi, south sulawesi, east kalimantan,
west kalimantan, south kalimantan, central kalimantan, west nusa tenggara, east nusa tenggara, north bali, south bali,
east bali, west bali, batu bolong, echo beach, pantai kuta,
lubuklinggau, pangkalpinang, tanjungpinang, bandarlampung, labuanbajo, pematang siantar, sumbawa besar,
sampit, pangkalan bun, kuala kapuas, muara teweh, buntok, kasongan, waingapu, waikabubak, tambolaka, ruteng, atambua,
kefamenanu, kalabahi, larantuka, praya, dompu, taliwang, langgur, saumlaki, masohi, namlea, tobelo, sofifi, nabire,
biak, serui, sentani, kaimana, raha, baubau, kolaka, unaaha, watampone, sengkang, sinjai, bulukumba, bantaeng,
jeneponto, takalar, pangkajene, pinrang, enrekang, makale, rantepao, masamba, mamuju, majene, polewali, luwuk, poso,
tolitoli, ampana, kotamobagu, tondano, tahuna, airmadidi, amurang, limboto, tenggarong, sangatta, tanjung redeb,
tanjung selor, nunukan, malinau, penajam, tanah grogot, kotabaru, batulicin, martapura, kandangan, barabai, amuntai,
pelaihari, ketapang, sintang, putussibau, sanggau, mempawah, sambas, bengkayang, sibolga, padangsidimpuan, tarutung,
balige, kabanjahe, berastagi, rantauprapat, kisaran, lubuk pakam, stabat, gunungsitoli, meulaboh, takengon, bireuen,
sigli, langsa, sabang, kutacane, tapaktuan, sawahlunto, pariaman, painan, batusangkar, bangkinang, rengat, tembilahan,
bengkalis, muara bungo, bangko, sarolangun, kuala tungkal, sungai penuh, prabumulih, lahat, baturaja, kayu agung,
sekayu, muara enim, pagar alam, curup, kotabumi, kalianda, pringsewu, sungailiat, tanjung pandan, purwodadi, blora,
cepu, slawi, ungaran, wates, wonosari, bangil, kepanjen, nganjuk, jombang, pacitan, pelabuhan ratu, soreang,
singaparna, cikampek, rangkasbitung, amlapura, bangli, klungkung, semarapura
"""
# (the last lines: towns that are the seat of a regency, which owners write rather than the regency's name, and
# places owners write as one word; towns whose name is an everyday word, "negara", "genteng", "tanjung", are left out)


def _official() -> set[str]:
    lines = (data_dir("config") / "places_id.txt").read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


PLACES: set[str] = {p.strip() for p in _PLACES.replace("\n", " ").split(",") if p.strip()} | _official()
