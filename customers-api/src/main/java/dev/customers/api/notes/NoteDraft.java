package dev.customers.api.notes;

import static java.util.Objects.requireNonNull;

/** A note to add: text (1 to 20,000 characters), who may read it, pinned or not, alert or not. */
public record NoteDraft(String text, NoteVisibility visibility, boolean pinned, boolean alert) {
  public NoteDraft {
    requireNonNull(text, "text");
    requireNonNull(visibility, "visibility");
  }

  /** A plain note all staff may read. */
  public static NoteDraft of(String text) {
    return new NoteDraft(text, NoteVisibility.STAFF, false, false);
  }

  public NoteDraft visibleTo(NoteVisibility value) {
    return new NoteDraft(text, value, pinned, alert);
  }

  public NoteDraft asPinned() {
    return new NoteDraft(text, visibility, true, alert);
  }

  public NoteDraft asAlert() {
    return new NoteDraft(text, visibility, pinned, true);
  }
}
