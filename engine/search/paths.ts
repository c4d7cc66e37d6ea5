/** Where the search page's script is written, relative to the site root. */
export const CLIENT_PATH = "search/search.js";
