import { source } from "../../engine/define.ts";

export default source({
  id: "japantimes-2020-10-24-kazakhs-despair",
  updated: "2026-11-27",
  sourceType: "news-article",
  title: "Kazakhs despair for relatives missing in Xinjiang",
  description: "AFP report on Kazakhs who learned that relatives missing in Xinjiang had been sentenced to prison.",
  publisher: "The Japan Times",
  credit: "AFP-JIJI",
  authors: ["Christopher Rickleton"],
  published: "2020-10-24",
  original: {
    publisher: "Agence France-Presse (AFP)",
    published: "2020-10-23",
    title: "Kazakhs despair for relatives missing in Xinjiang",
    dateline: "Uzynaghash, Kazakhstan",
  },
  url: "https://www.japantimes.co.jp/news/2020/10/24/world/politics-diplomacy-world/kazakhstan-xinjiang-china/",
  language: "en",
  seed: {
    file: "seeds/japantimes-2020-10-24-kazakhs-despair-xinjiang.txt",
    sha256: "5d95b390d47c8374514ee067edf09dca0943241545c90ecc7bff09d5bb36365b",
    // The capture opens with the publisher's "AFP-JIJI" / "SHARE" furniture and closes with a
    // subscription appeal; the article runs from its first sentence to Kunbolat's last words.
    bodyStart: "When Bikamal Kaken’s husband vanished",
    bodyEnd: "“We deeply regret this now.”",
  },
});
