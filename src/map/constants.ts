/** Text size and line height of the flow map, in layout units (1 unit = 1 CSS pixel at scale 1). */
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
