package dev.customers.api.notes;

import static java.util.Objects.requireNonNull;

/** A note to add: text (1 to 20,000 characters), who may read it, pinned or not, alert or not. */
public record NoteDraft(String text, NoteVisibility visibility, boolean pinned, boolean alert) {
  /**
   * Checks the components.
   *
   * @param alert whether it is shown as an alert
   * @param pinned whether it is pinned
   * @param text the text
   * @param visibility who may read it
   */
  public NoteDraft {
    requireNonNull(text, "text");
    requireNonNull(visibility, "visibility");
  }

  /**
   * A plain note all staff may read.
   *
   * @param text the text
   * @return a plain note all staff may read
   */
  public static NoteDraft of(String text) {
    return new NoteDraft(text, NoteVisibility.STAFF, false, false);
  }

  /**
   * This draft with another visibility.
   *
   * @param value the value
   * @return this draft with another visibility
   */
  public NoteDraft visibleTo(NoteVisibility value) {
    return new NoteDraft(text, value, pinned, alert);
  }

  /**
   * This draft, pinned to the top of the profile.
   *
   * @return this draft, pinned to the top of the profile
   */
  public NoteDraft asPinned() {
    return new NoteDraft(text, visibility, true, alert);
  }

  /**
   * This draft, shown as an alert when the profile opens.
   *
   * @return this draft, shown as an alert when the profile opens
   */
  public NoteDraft asAlert() {
    return new NoteDraft(text, visibility, pinned, true);
  }
}
