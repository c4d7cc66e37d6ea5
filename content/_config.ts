import { defineSite } from "../engine/site/config.ts";

/** Site settings. SITE_URL and PATH_PREFIX in the environment override `url` and `pathPrefix`. */
export default defineSite({
  title: "Xinjiang Disappearances Archive",
  description: "Documented records of people who disappeared in Xinjiang, their families, and the places and organizations involved. Every fact cites the words of its source.",
  url: "https://archive.example.org",
  pathPrefix: "/",
  language: "en",
});
