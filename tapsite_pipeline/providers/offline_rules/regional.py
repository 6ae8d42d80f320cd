"""Everyday words of the regional languages owners mix into Indonesian (Javanese ngoko and krama, Sundanese,
Minang, Balinese, Betawi, Batak, Bugis-Makassar): function words, greetings and politeness, and common trade
words. A brief written partly in them ("nyuwun sewu, kami sanggar karawitan …, nyewakake gamelan jangkep
kanggo manten") describes a business as surely as one in Indonesian; the sense check (sense.py) counts these
as known words so that such a brief is not refused as gibberish. Words that are also everyday English or
Indonesian need not be here; two-letter particles are left out (too easily the letters of a mash).
"""

from __future__ import annotations

REGIONAL_WORDS = frozenset("""
nyuwun sewu kulo kula panjenengan sampeyan monggo mangga sugeng rawuh nggih inggih mboten ora opo iki iku niki
niku nika kanggo kangge karo kaliyan lan sing ingkang wonten enten ana saking teka ning neng ten dhateng marang
sedaya kabeh sami sampun wis wes durung dereng badhe arep ajeng saged iso isa nyewakake nyewakaken nyewani
dodol sade tumbas tuku regi rego larang griya omah dalem manten mantenan tingkeban mitoni selametan kenduri
jangkep komplit kathah akeh sekedhik sithik eco matur nuwun suwun enjing sonten dalu dinten saben kados kaya
koyo pados golek ngersakaken ngagem nganggo mawon wae kok tho pinarak dhahar mangan ngunjuk ngombe kagem
pesenan pesen dipesen ngeterke diterke dikirim ndherek nyuwun pangapunten mugi bapak ibu mbakyu sedulur
kanca konco dulur pak bu dhe lik pakdhe budhe sinden pengrawit gamelan karawitan wayang
abdi urang anjeun hatur nuhun punten teh mah oge jeung sareng anu keur pikeun aya teu henteu tos atos parantos
acan bade rek hoyong hayang meser meuli ical lembur imah bumi sae alus raos ngeunah awis kang teteh akang ceu
mang neng bae sadaya seueur loba saeutik sakedik poe isuk wengi sumping wilujeng
ambo awak uni uda ajo indak ndak alah baa bana rancak lamak bara pitih lapau untuak samo nan iko ado
tiang titiang ratu bli mbok gek suksma rahajeng swastiastu napi dados ring
horas lae ito amang inang tulang mauliate dohot
daeng tabe iye puang ndi
aye ente kagak ngapain kite ame nyang pegimane kudu baek
""".split())
