/** User Timing marks the page leaves for the web-load benchmark to read. */
export const MAP_DRAWN_MARK = "weave:map-drawn";
