/** One letter of a long A–Z list: /people/letter-a/ (see layouts/list.11ty.ts). */
import type { ListPage } from "../engine/site/model.ts";
export { render } from "./list.11ty.ts";

export const data = {
  pagination: { data: "site.letterPages", size: 1, alias: "list", addAllPagesToCollections: false },
  permalink: (data: { list: ListPage }) => `${data.list.url}index.html`,
  eleventyExcludeFromCollections: true,
};
