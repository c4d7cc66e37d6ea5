import { organization } from "../../engine/define.ts";

export default organization({
  id: "arizona-state-university",
  updated: "2026-11-27",
  name: "Arizona State University",
  description: "University at which Mehmet Kasikci, a volunteer with the Atajurt rights group, is a doctoral student.",
});
