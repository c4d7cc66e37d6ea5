/**
 * The name stock of synthetic archives: given names, places and word parts, each written in the scripts
 * the archive's names travel through: a Latin romanisation (`l`), Cyrillic (`c`, Kazakh letters), Arabic
 * script (`a`, Uyghur UEY letters) and Chinese characters (`z`, the usual transcription). Real-looking,
 * but every person and town built from them is invented.
 *
 * Surnames are patronymic (a father's given name, bare or with -ov/-ova, -uly/-qyzy), so the stock of
 * words stays the size a real archive has: many people share names, as they do in life.
 */

/** One word or name in four scripts. */
export interface Forms {
  /** Latin romanisation, as English-language outlets write it. */
  l: string;
  /** Cyrillic (Kazakh alphabet). */
  c: string;
  /** Arabic script (Uyghur alphabet, UEY). */
  a: string;
  /** Chinese characters (Simplified). */
  z: string;
}

const f = (l: string, c: string, a: string, z: string): Forms => ({ l, c, a, z });

export const KAZAKH_MALE: Forms[] = [
  f("Nurlan", "Нұрлан", "نۇرلان", "努尔兰"),
  f("Qairat", "Қайрат", "قايرات", "海拉提"),
  f("Serik", "Серік", "سېرىك", "塞力克"),
  f("Erlan", "Ерлан", "ئېرلان", "叶尔兰"),
  f("Baurzhan", "Бауыржан", "باۋىرجان", "包尔江"),
  f("Marat", "Марат", "مارات", "马拉提"),
  f("Askar", "Асқар", "ئاسقار", "阿斯卡尔"),
  f("Dauren", "Дәурен", "داۋرەن", "道仁"),
  f("Ermek", "Ермек", "ئېرمەك", "叶尔麦克"),
  f("Zhanibek", "Жәнібек", "جانىبەك", "加尼别克"),
  f("Bolat", "Болат", "بولات", "波拉提"),
  f("Adilgazy", "Әділғазы", "ئادىلغازى", "阿迪力加孜"),
  f("Baimurat", "Баймұрат", "بايمۇرات", "拜木拉提"),
  f("Qanat", "Қанат", "قانات", "哈纳提"),
  f("Talgat", "Талғат", "تالغات", "塔里哈提"),
  f("Murat", "Мұрат", "مۇرات", "木拉提"),
  f("Arman", "Арман", "ئارمان", "阿尔曼"),
  f("Erzhan", "Ержан", "ئېرجان", "叶尔江"),
  f("Aidos", "Айдос", "ئايدوس", "艾多斯"),
  f("Serikzhan", "Серікжан", "سېرىكجان", "赛力克江"),
  f("Kunbolat", "Күнболат", "كۈنبولات", "昆波拉提"),
  f("Nurbol", "Нұрбол", "نۇربول", "努尔波"),
  f("Ablai", "Абылай", "ئابىلاي", "阿布赉"),
  f("Omirbek", "Өмірбек", "ئۆمىربەك", "吾木尔别克"),
  f("Sabit", "Сабит", "سابىت", "沙比提"),
  f("Duisen", "Дүйсен", "دۈيسەن", "杜依森"),
  f("Qajymuqan", "Қажымұқан", "قاجىمۇقان", "哈吉木汗"),
  f("Beibit", "Бейбіт", "بەيبىت", "拜比提"),
];

export const KAZAKH_FEMALE: Forms[] = [
  f("Aigerim", "Әйгерім", "ئايگېرىم", "阿依格日木"),
  f("Gulnar", "Гүлнар", "گۈلنار", "古丽娜尔"),
  f("Dinara", "Динара", "دىنارا", "迪娜拉"),
  f("Zhanar", "Жанар", "جانار", "加娜尔"),
  f("Aizhan", "Айжан", "ئايجان", "艾江"),
  f("Saule", "Сәуле", "ساۋلە", "莎吾列"),
  f("Bikamal", "Бикамал", "بىكامال", "比卡玛尔"),
  f("Gulzira", "Гүлзира", "گۈلزىرا", "古丽孜拉"),
  f("Aliya", "Әлия", "ئالىيا", "阿丽亚"),
  f("Madina", "Мадина", "مادىنا", "麦迪娜"),
  f("Asel", "Әсел", "ئاسەل", "阿赛尔"),
  f("Zhuldyz", "Жұлдыз", "جۇلدىز", "居勒德孜"),
  f("Nazgul", "Назгүл", "نازگۈل", "娜孜古丽"),
  f("Raikhan", "Райхан", "رايھان", "热依汗"),
  f("Kulpash", "Күлпаш", "كۈلپاش", "库丽帕什"),
  f("Ainur", "Айнұр", "ئاينۇر", "阿依努尔"),
  f("Botagoz", "Ботагөз", "بوتاگۆز", "波塔古兹"),
  f("Sholpan", "Шолпан", "شولپان", "肖潘"),
  f("Sairagul", "Сайрагүл", "سايراگۈل", "赛尔古丽"),
  f("Qalima", "Қалима", "قالىما", "哈丽玛"),
];

export const UYGHUR_MALE: Forms[] = [
  f("Abduweli", "Абдувәли", "ئابدۇۋەلى", "阿不都外力"),
  f("Ilham", "Илһам", "ئىلھام", "伊力哈木"),
  f("Ekpar", "Әкпәр", "ئەكپەر", "艾克帕尔"),
  f("Memet", "Мәмәт", "مەمەت", "麦麦提"),
  f("Erkin", "Әркин", "ئەركىن", "艾尔肯"),
  f("Abdurehim", "Абдурейим", "ئابدۇرېھىم", "阿不都热依木"),
  f("Ablet", "Аблет", "ئابلەت", "阿布来提"),
  f("Nurmemet", "Нурмәмәт", "نۇرمەمەت", "努尔麦麦提"),
  f("Perhat", "Пәрһат", "پەرھات", "帕尔哈提"),
  f("Yasin", "Ясин", "ياسىن", "亚森"),
  f("Qurban", "Қурбан", "قۇربان", "库尔班"),
  f("Rozi", "Рози", "روزى", "肉孜"),
  f("Ghappar", "Ғаппар", "غاپپار", "尕帕尔"),
  f("Osman", "Осман", "ئوسمان", "奥斯曼"),
  f("Hoshur", "Һошур", "ھوشۇر", "吾守尔"),
  f("Mijit", "Мижит", "مىجىت", "米吉提"),
  f("Eziz", "Әзиз", "ئەزىز", "艾则孜"),
  f("Polat", "Полат", "پولات", "波拉提"),
  f("Ablikim", "Абликим", "ئابلىكىم", "阿不力克木"),
  f("Tursun", "Турсун", "تۇرسۇن", "吐尔逊"),
  f("Alim", "Алим", "ئالىم", "阿力木"),
  f("Nijat", "Нижат", "نىجات", "尼加提"),
];

export const UYGHUR_FEMALE: Forms[] = [
  f("Mihrigul", "Меһригүл", "مېھرىگۈل", "米日古丽"),
  f("Gulbahar", "Гүлбаһар", "گۈلباھار", "古丽巴哈尔"),
  f("Rahile", "Раһилә", "راھىلە", "热依拉"),
  f("Zumret", "Зумрәт", "زۇمرەت", "祖木热提"),
  f("Aynur", "Айнур", "ئاينۇر", "阿依努尔"),
  f("Patigul", "Патигүл", "پاتىگۈل", "帕提古丽"),
  f("Meryem", "Мәрйәм", "مەريەم", "麦尔耶姆"),
  f("Nigare", "Нигарә", "نىگارە", "尼尕热"),
  f("Ayshem", "Айшәм", "ئايشەم", "阿依仙木"),
  f("Gulshan", "Гүлшән", "گۈلشەن", "古丽先"),
  f("Buzeynep", "Бузәйнәп", "بۈزەينەپ", "布再乃普"),
  f("Arzigul", "Арзигүл", "ئارزىگۈل", "阿孜古丽"),
  f("Tajigul", "Тажигүл", "تاجىگۈل", "塔吉古丽"),
  f("Mahire", "Маһирә", "ماھىرە", "玛依热"),
];

/**
 * Fathers' names used only in the surnames of people whose names are withheld (and in withheld former
 * names). No public name contains them, so a withheld name can never turn up in published text by
 * coincidence: the validator refuses any that does.
 */
export const RESERVED_FATHERS: Forms[] = [
  f("Zhaksylyk", "Жақсылық", "جاقسىلىق", "加克斯勒克"),
  f("Bekzat", "Бекзат", "بەكزات", "别克扎提"),
  f("Temirlan", "Темірлан", "تېمىرلان", "铁木尔兰"),
  f("Shohret", "Шөһрәт", "شۆھرەت", "肖开提"),
  f("Dilshat", "Дилшат", "دىلشات", "迪力夏提"),
  f("Qeyser", "Қәйсәр", "قەيسەر", "凯赛尔"),
];

/** Han Chinese surnames and given names (officials), pinyin and characters. */
export const HAN_SURNAMES: [string, string][] = [
  ["Wang", "王"], ["Li", "李"], ["Zhang", "张"], ["Liu", "刘"], ["Chen", "陈"], ["Yang", "杨"], ["Zhao", "赵"],
  ["Huang", "黄"], ["Zhou", "周"], ["Wu", "吴"], ["Xu", "徐"], ["Sun", "孙"], ["Ma", "马"], ["Zhu", "朱"], ["Guo", "郭"],
];
export const HAN_GIVEN: [string, string][] = [
  ["Jianguo", "建国"], ["Wei", "伟"], ["Hong", "红"], ["Yang", "洋"], ["Jing", "静"], ["Ming", "明"], ["Lei", "磊"],
  ["Min", "敏"], ["Qiang", "强"], ["Tao", "涛"], ["Li", "丽"], ["Bo", "波"], ["Jun", "军"], ["Hua", "华"], ["Gang", "刚"],
  ["Ping", "平"], ["Yun", "云"], ["Feng", "峰"], ["Xiang", "翔"], ["Qing", "青"],
];

/** Countries, in the order a small archive takes them. */
export const COUNTRIES: (Forms & { key: string; description: string })[] = [
  { key: "kz", ...f("Kazakhstan", "Қазақстан", "قازاقىستان", "哈萨克斯坦"), description: "Country in Central Asia." },
  { key: "cn", ...f("China", "Қытай", "جۇڭگو", "中国"), description: "Country in East Asia." },
  { key: "kg", ...f("Kyrgyzstan", "Қырғызстан", "قىرغىزىستان", "吉尔吉斯斯坦"), description: "Country in Central Asia." },
  { key: "tr", ...f("Turkey", "Түркия", "تۈركىيە", "土耳其"), description: "Country in western Asia and south-eastern Europe." },
  { key: "us", ...f("United States", "Америка Құрама Штаттары", "ئامېرىكا قوشما شتاتلىرى", "美国"), description: "Country in North America." },
  { key: "de", ...f("Germany", "Германия", "گېرمانىيە", "德国"), description: "Country in central Europe." },
  { key: "uz", ...f("Uzbekistan", "Өзбекстан", "ئۆزبېكىستان", "乌兹别克斯坦"), description: "Country in Central Asia." },
  { key: "nl", ...f("Netherlands", "Нидерланд", "گوللاندىيە", "荷兰"), description: "Country in western Europe." },
];

/**
 * Regions, prefectures and cities under a country (or under another area, by key), in the order a
 * small archive takes them. `home` areas are where most people come from (Xinjiang) or live now.
 */
export const AREAS: (Forms & { key: string; in: string; kind: string; home?: "origin" | "residence" })[] = [
  { key: "xinjiang", in: "cn", kind: "region", ...f("Xinjiang", "Шыңжаң", "شىنجاڭ", "新疆") },
  { key: "ili", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Ili", "Іле", "ئىلى", "伊犁") },
  { key: "almaty-region", in: "kz", kind: "region", home: "residence", ...f("Almaty Region", "Алматы облысы", "ئالمۇتا ۋىلايىتى", "阿拉木图州") },
  { key: "altay", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Altay", "Алтай", "ئالتاي", "阿勒泰") },
  { key: "tarbagatai", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Tarbagatai", "Тарбағатай", "تارباغاتاي", "塔城") },
  { key: "almaty", in: "kz", kind: "city", home: "residence", ...f("Almaty", "Алматы", "ئالمۇتا", "阿拉木图") },
  { key: "kashgar", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Kashgar", "Қашқар", "قەشقەر", "喀什") },
  { key: "zhetysu", in: "kz", kind: "region", home: "residence", ...f("Zhetysu Region", "Жетісу облысы", "يەتتەسۇ ۋىلايىتى", "杰特苏州") },
  { key: "urumqi", in: "xinjiang", kind: "city", home: "origin", ...f("Urumqi", "Үрімжі", "ئۈرۈمچى", "乌鲁木齐") },
  { key: "hotan", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Hotan", "Хотан", "خوتەن", "和田") },
  { key: "east-kazakhstan", in: "kz", kind: "region", home: "residence", ...f("East Kazakhstan", "Шығыс Қазақстан", "شەرقىي قازاقىستان", "东哈萨克斯坦州") },
  { key: "aksu", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Aksu", "Ақсу", "ئاقسۇ", "阿克苏") },
  { key: "astana", in: "kz", kind: "city", home: "residence", ...f("Astana", "Астана", "ئاستانا", "阿斯塔纳") },
  { key: "turpan", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Turpan", "Тұрпан", "تۇرپان", "吐鲁番") },
  { key: "kumul", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Kumul", "Құмыл", "قۇمۇل", "哈密") },
  { key: "bortala", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Bortala", "Бұратала", "بۆرتالا", "博尔塔拉") },
  { key: "changji", in: "xinjiang", kind: "prefecture", home: "origin", ...f("Changji", "Санжы", "سانجى", "昌吉") },
  { key: "turkistan", in: "kz", kind: "region", home: "residence", ...f("Turkistan Region", "Түркістан облысы", "تۈركىستان ۋىلايىتى", "突厥斯坦州") },
  { key: "abai", in: "kz", kind: "region", home: "residence", ...f("Abai Region", "Абай облысы", "ئاباي ۋىلايىتى", "阿拜州") },
  { key: "chuy", in: "kg", kind: "region", home: "residence", ...f("Chuy Region", "Чүй облысы", "چۈي ۋىلايىتى", "楚河州") },
  { key: "istanbul", in: "tr", kind: "city", home: "residence", ...f("Istanbul", "Стамбул", "ئىستانبۇل", "伊斯坦布尔") },
  { key: "munich", in: "de", kind: "city", home: "residence", ...f("Munich", "Мюнхен", "ميۇنخېن", "慕尼黑") },
  { key: "virginia", in: "us", kind: "state", home: "residence", ...f("Virginia", "Вирджиния", "ۋىرگىنىيە", "弗吉尼亚州") },
  { key: "tashkent", in: "uz", kind: "city", home: "residence", ...f("Tashkent", "Ташкент", "تاشكەنت", "塔什干") },
  { key: "amsterdam", in: "nl", kind: "city", home: "residence", ...f("Amsterdam", "Амстердам", "ئامستېردام", "阿姆斯特丹") },
];

/** Parts of invented town names (Kazakh and Uyghur toponyms are often two words run together). */
export const TOWN_HEADS: Forms[] = [
  f("Qara", "Қара", "قارا", "喀拉"),
  f("Aq", "Ақ", "ئاق", "阿克"),
  f("Sary", "Сары", "سارى", "萨尔"),
  f("Kok", "Көк", "كۆك", "阔克"),
  f("Uzyn", "Ұзын", "ئۇزۇن", "乌宗"),
  f("Tas", "Тас", "تاش", "塔斯"),
  f("Qum", "Құм", "قۇم", "库姆"),
  f("Shagan", "Шаған", "شاغان", "沙干"),
  f("Bes", "Бес", "بەش", "别斯"),
  f("Terek", "Терек", "تېرەك", "铁列克"),
  f("Qyzyl", "Қызыл", "قىزىل", "克孜勒"),
  f("Jar", "Жар", "جار", "加尔"),
  f("Taldy", "Талды", "تالدى", "塔勒德"),
  f("Orta", "Орта", "ئوتتۇرا", "奥尔塔"),
];
export const TOWN_TAILS: Forms[] = [
  f("su", "су", "سۇ", "苏"),
  f("bulaq", "бұлақ", "بۇلاق", "布拉克"),
  f("tobe", "төбе", "تۆبە", "托别"),
  f("agash", "ағаш", "ياغاچ", "阿尕什"),
  f("kol", "көл", "كۆل", "阔勒"),
  f("tau", "тау", "تاغ", "套"),
  f("bel", "бел", "بەل", "别勒"),
  f("ozek", "өзек", "ئۆزەك", "乌泽克"),
  f("saz", "саз", "ساز", "萨孜"),
  f("tal", "тал", "تال", "塔勒"),
  f("qorgan", "қорған", "قورغان", "库尔干"),
  f("kent", "кент", "كەنت", "肯特"),
  f("aryq", "арық", "ئېرىق", "阿热克"),
];
/** Words put before a town name: "Big", "Little", "New". The empty one is the most common. */
export const TOWN_PREFIXES: Forms[] = [
  f("", "", "", ""),
  f("", "", "", ""),
  f("", "", "", ""),
  f("Ulken", "Үлкен", "چوڭ", "大"),
  f("Kishi", "Кіші", "كىچىك", "小"),
  f("Jana", "Жаңа", "يېڭى", "新"),
];

/** Joins the parts of a town name in each script. */
export function townName(prefix: Forms, head: Forms, tail: Forms): Forms {
  const join = (p: string, w: string) => (p ? `${p} ${w}` : w);
  return {
    l: join(prefix.l, head.l + tail.l),
    c: join(prefix.c, head.c + tail.c),
    a: join(prefix.a, head.a + tail.a),
    z: prefix.z + head.z + tail.z,
  };
}

/**
 * A surname from a father's name, in the habits of each script: Russian-style -ov/-ova in Latin and
 * Cyrillic for consonant-final names, Kazakh -uly/-qyzy (ұлы/қызы), or the father's name alone.
 * Arabic script and Chinese write the father's name alone.
 */
export function patronymic(father: Forms, female: boolean, style: "ov" | "uly" | "bare"): Forms {
  const consonantFinal = /[^aeiouy]$/i.test(father.l);
  if (style === "ov" && consonantFinal) return { l: father.l + (female ? "ova" : "ov"), c: father.c + (female ? "ова" : "ов"), a: father.a, z: father.z };
  if (style === "uly") return { l: father.l + (female ? "qyzy" : "uly"), c: father.c + (female ? "қызы" : "ұлы"), a: father.a, z: father.z };
  return father;
}

/** A full name in each script: given name and surname (joined by a middle dot in Chinese). */
export function fullName(given: Forms, surname: Forms): Forms {
  return { l: `${given.l} ${surname.l}`, c: `${given.c} ${surname.c}`, a: `${given.a} ${surname.a}`, z: `${given.z}·${surname.z}` };
}

/**
 * Another Latin spelling, as another outlet writes it (q → k, zh → j, gh → g, -ov → -ov unchanged).
 * Returns the name unchanged when no habit applies.
 */
export function otherSpelling(latin: string): string {
  return latin.replace(/Q/g, "K").replace(/q/g, "k").replace(/Zh/g, "J").replace(/zh/g, "j").replace(/gh/g, "g");
}

/** A lowercase ASCII slug, e.g. "Ulken Qarasu" → "ulken-qarasu". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
