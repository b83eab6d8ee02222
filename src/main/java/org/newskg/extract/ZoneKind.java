package org.newskg.extract;

/** Parts of a page that are not the article's running text. */
public enum ZoneKind {
  /** Words describing a photo or video. */
  CAPTION,
  /** Who made a photo or video: "(AP Photo/Alex Brandon)". */
  CREDIT,
  /** Who wrote the article: "By Jane Doe". */
  BYLINE,
  /** Page furniture: navigation, "Read more", editor's notes, update stamps. */
  BOILERPLATE
}
