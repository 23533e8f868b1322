/**
 * Places whose Kazakh and Russian names differ beyond the letters `foldName` folds (Өскемен and
 * Усть-Каменогорск, Жапония and Япония) or that Russian names with an adjective (Алматы облысы,
 * Алматинская область). Same format as the lexicon: `place | Kazakh stems | Russian words`; the
 * longest form found wins, so "Алматы облысы" is the region and "Алматы" alone the city.
 */
/** Kazakhstan's regions and cities: the places a regional template names (see facts.ts). */
export const KAZAKHSTAN_PLACES = `
almaty_region | алматы облыс | алматинская область, алматинской области
almaty | алматы | алматы
astana | астана, елорда | астана
shymkent | шымкент | шымкент
akmola_region | ақмола облыс | акмолинская область
aktobe_region | ақтөбе облыс | актюбинская область
aktobe | ақтөбе | актобе
atyrau_region | атырау облыс | атырауская область
atyrau | атырау | атырау
east_kz_region | шығыс қазақстан облыс, шқо | восточно-казахстанская область, вко
west_kz_region | батыс қазақстан облыс, бқо | западно-казахстанская область, зко
north_kz_region | солтүстік қазақстан облыс, сқо | северо-казахстанская область, ско
zhambyl_region | жамбыл облыс | жамбылская область
karaganda_region | қарағанды облыс | карагандинская область
karaganda | қарағанды | караганда
kostanay_region | қостанай облыс | костанайская область
kostanay | қостанай | костанай
kyzylorda_region | қызылорда облыс | кызылординская область
kyzylorda | қызылорда | кызылорда
mangystau_region | маңғыстау облыс | мангистауская область
pavlodar_region | павлодар облыс | павлодарская область
pavlodar | павлодар | павлодар
turkistan_region | түркістан облыс | туркестанская область
turkistan | түркістан | туркестан
abai_region | абай облыс | область абай
zhetysu_region | жетісу облыс | область жетысу
ulytau_region | ұлытау облыс | область улытау
oskemen | өскемен | усть-каменогорск
semey | семей | семей
oral | орал | уральск
aktau | ақтау | актау
taraz | тараз | тараз
petropavl | петропавл | петропавловск
taldykorgan | талдықорған | талдыкорган
kokshetau | көкшетау | кокшетау
temirtau | теміртау | темиртау
ekibastuz | екібастұз | экибастуз
zhezkazgan | жезқазған | жезказган
balkhash | балқаш | балхаш
konaev | қонаев | конаев
baikonur | байқоңыр | байконур
kentau | кентау | кентау
zhanaozen | жаңаөзен | жанаозен
rudny | рудный | рудный
lisakovsk | лисаков | лисаковск
stepnogorsk | степногор | степногорск
satpayev | сәтбаев | сатпаев
ridder | риддер | риддер
arkalyk | арқалық | аркалык
shchuchinsk | щучинск | щучинск
kulsary | құлсары | кульсары
zharkent | жаркент | жаркент
saryagash | сарыағаш | сарыагаш
kaskelen | қаскелең | каскелен
talgar | талғар | талгар
ayagoz | аягөз | аягоз
zaisan | зайсан | зайсан
khromtau | хромтау | хромтау
kandyagash | қандыағаш | кандыагаш
zhitikara | жітіқара | житикара
shardara | шардара | шардара
shakhtinsk | шахтинск | шахтинск
atbasar | атбасар | атбасар
`;

const WORLD_PLACES = `
russia | ресей | россия, российский
moscow | мәскеу | москва
china | қытай | китай, китая, китае, китайский
uzbekistan | өзбекстан | узбекистан
kyrgyzstan | қырғызстан, қырғыз | кыргызстан, киргизия, кыргызский
tajikistan | тәжікстан | таджикистан
turkmenistan | түрікменстан | туркменистан
turkey | түркия | турция, турецкий
azerbaijan | әзірбайжан | азербайджан
georgia | грузия | грузия
armenia | армения | армения
belarus | беларусь | беларусь, белоруссия
ukraine | украина | украина
usa | ақш, америка | сша, америка, американский
europe | еуропа | европа, европейский
eu | еуроодақ, ео | евросоюз, ес
germany | германия | германия
france | франция | франция
britain | ұлыбритания, британия | великобритания, британия
japan | жапония | япония, японский
korea | корея | корея
india | үндістан | индия
iran | иран | иран
afghanistan | ауғанстан | афганистан
arab_emirates | бәа, араб әмірлігі | оаэ, эмираты
un | бұұ | оон
eaeu | еаэо | еаэс
sco | шыұ | шос
cis | тмд | снг
akorda | ақорда | акорда
`;

export const PLACES = `${KAZAKHSTAN_PLACES}${WORLD_PLACES}`;
