/** Which way a name runs, from the scripts it is written in. */

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]/u;

/** "rtl" when the first strong character is Hebrew or Arabic script (Uyghur, Arabic, Persian). */
export function textDirection(text: string): "rtl" | "ltr" {
  for (const ch of text) {
    if (RTL.test(ch)) return "rtl";
    if (LTR.test(ch)) return "ltr";
  }
  return "ltr";
}
