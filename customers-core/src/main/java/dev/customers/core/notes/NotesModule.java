package dev.customers.core.notes;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.notes.NoteService;

/** Binds {@link NoteService}. Installed by CustomersModule. */
public final class NotesModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(NoteService.class).to(DefaultNoteService.class).in(Scopes.SINGLETON);
  }
}
