/** Event and publication dates as readers write them; shared with the link-preview pages. */
export { formatEventDate, formatPublished } from "../../lib/event-date.ts";
