package dev.customers.core.family;

import dev.customers.api.PersonId;
import dev.customers.api.family.Family;
import dev.customers.api.family.FamilyMember;
import dev.customers.api.family.FamilyService;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoreSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Builds family members and views from links, with ages as of the organization's today. */
final class FamilyViews {
  /** Members by sort name, then id. */
  static final Ordering BY_NAME = new Ordering();

  private final StoreSession session;
  private final Organization organization;
  private final LocalDate today;
  private final int ageOfMajority;

  FamilyViews(StoreSession session, Organization organization, Instant now) {
    this.session = session;
    this.organization = organization;
    this.today = LocalDate.ofInstant(now, organization.timeZone());
    this.ageOfMajority =
        session
            .family()
            .ageOfMajority(organization.id())
            .orElse(FamilyService.DEFAULT_AGE_OF_MAJORITY);
  }

  /** The family of {@code member} made of {@code links}: the member first, then by name. */
  Family family(RosterEntry member, Collection<GuardianLink> links) {
    Set<PersonId> persons = new LinkedHashSet<>();
    for (GuardianLink link : links) {
      persons.add(link.guardian());
      persons.add(link.dependant());
    }
    persons.remove(member.person().id());
    List<FamilyMember> others = new ArrayList<>();
    for (PersonId person : persons) {
      others.add(member(person, links));
    }
    others.sort(BY_NAME.onResultOf(FamilyMember::customer));
    List<FamilyMember> members = new ArrayList<>();
    members.add(member(member, links));
    members.addAll(others);
    List<GuardianLink> sorted = new ArrayList<>(links);
    sorted.sort(
        Comparator.comparing((GuardianLink l) -> l.dependant().toString())
            .thenComparing(l -> l.guardian().toString()));
    return new Family(member.id(), ageOfMajority, members, sorted);
  }

  /** One person on the roster as a member, a dependant when one of the links guards them. */
  FamilyMember member(PersonId person, Collection<GuardianLink> links) {
    RosterEntry entry =
        session
            .customers()
            .findByPerson(organization.id(), person)
            .flatMap(c -> session.customers().find(organization.id(), c.id()))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "guardian link to person " + person + " who is not on the roster"));
    return member(entry, links);
  }

  private FamilyMember member(RosterEntry entry, Collection<GuardianLink> links) {
    PersonId person = entry.person().id();
    boolean dependant = links.stream().anyMatch(l -> l.dependant().equals(person));
    Integer age = age(entry.person());
    return new FamilyMember(
        entry, age, dependant, dependant && age != null && age >= ageOfMajority);
  }

  private @Nullable Integer age(Person person) {
    LocalDate birthday = person.birthday();
    if (birthday == null || birthday.isAfter(today)) {
      return null;
    }
    return Period.between(birthday, today).getYears();
  }

  /** Orders roster entries by the search's sort name, then id. */
  static final class Ordering implements Comparator<RosterEntry> {
    @Override
    public int compare(RosterEntry a, RosterEntry b) {
      int byName = sortName(a).compareTo(sortName(b));
      return byName != 0 ? byName : a.id().toString().compareTo(b.id().toString());
    }

    <T> Comparator<T> onResultOf(Function<T, RosterEntry> entry) {
      return (x, y) -> compare(entry.apply(x), entry.apply(y));
    }

    private static String sortName(RosterEntry entry) {
      return SearchText.sortName(entry.person().firstName(), entry.person().lastName());
    }
  }
}
