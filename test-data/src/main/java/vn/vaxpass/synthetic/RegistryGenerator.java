package vn.vaxpass.synthetic;

import java.util.SplittableRandom;

/**
 * Fills the {@link Registry} household by household and writes each person to {@code registry.csv} as they are made:
 * a household lives in one commune; its members were mostly born in that province (migrants elsewhere), carry ID
 * numbers of their province and year of birth, and share a family name unless they married into it.
 */
final class RegistryGenerator {

    static final String[] HEADER = {"id_number", "old_id_number", "full_name", "date_of_birth", "gender", "commune_code"};

    private static final double ADULTS_BORN_ELSEWHERE = 0.15;
    private static final double CHILDREN_BORN_ELSEWHERE = 0.05;
    private static final int CHILD = 18;
    /** Parents give siblings different names: redraw a name already in the household this many times at most. */
    private static final int NAME_REDRAWS = 20;
    /**
     * Share of children born with a twin. Real twin births are about 1 in 100; the synthetic registry has twice as
     * many, because twins (one family name, one birth date, one household) are what a matcher must not confuse.
     */
    private static final double TWIN_BIRTHS = 0.02;
    /** Share of households of a Central Highlands minority, with names of their own ({@link NameForm#MINORITY}). */
    private static final double MINORITY_HOUSEHOLDS = 0.03;

    private final Provinces provinces;
    private final PersonFactory people;
    private final Registry registry;
    private final HouseholdComposer household;
    private final String[] householdNames = new String[HouseholdComposer.MAX_MEMBERS];

    RegistryGenerator(Provinces provinces, PopulationPyramid pyramid, PersonFactory people, Registry registry) {
        this.provinces = provinces;
        this.people = people;
        this.registry = registry;
        this.household = new HouseholdComposer(pyramid);
    }

    /** Adds households until the registry holds {@code count} people (the last household may be cut short). */
    void generate(int count, SplittableRandom random, CsvWriter out) {
        while (registry.size() < count) {
            household.compose(random);
            int members = Math.min(household.size(), count - registry.size());
            int province = provinces.sampleByPopulation(random);
            int commune = provinces.sampleCommune(province, random);
            boolean southern = provinces.isSouthern(province);
            boolean minority = random.nextDouble() < MINORITY_HOUSEHOLDS;
            NameBook names = people.names();
            int lineFamily = minority ? names.sampleMinorityFamily(random) : names.sampleFamily(random, southern);
            int added = 0;
            for (int m = 0; m < members && registry.size() < count; m++) {
                int age = household.age(m);
                boolean female = household.isFemale(m);
                int family = household.sharesFamilyName(m) ? lineFamily
                        : minority ? names.sampleMinorityFamily(random) : names.sampleFamily(random, southern);
                int birth = people.birthDate(random, age);
                add(random, out, new Member(family, birth, female, minority), province, commune, added++);
                boolean twin = age < CHILD && random.nextDouble() < TWIN_BIRTHS;
                if (twin && added < HouseholdComposer.MAX_MEMBERS && registry.size() < count) {
                    add(random, out, new Member(family, birth, random.nextBoolean(), minority), province, commune, added++);
                }
            }
            registry.closeHousehold(added);
        }
    }

    /** Who a new member is before their name and numbers are drawn. */
    private record Member(int family, int birth, boolean female, boolean minority) {
    }

    private void add(SplittableRandom random, CsvWriter out, Member member, int province, int commune, int offset) {
        int year = BirthDate.year(member.birth());
        int age = PersonFactory.REFERENCE_YEAR - year;
        double elsewhere = age < CHILD ? CHILDREN_BORN_ELSEWHERE : ADULTS_BORN_ELSEWHERE;
        int birthProvince = random.nextDouble() < elsewhere ? provinces.sampleByPopulation(random) : province;
        NameForm form = member.minority() ? NameForm.sampleMinority(random) : NameForm.sample(random, year, member.female());
        int given = distinctGivenName(random, offset, member.family(), form, member.female());
        long id = people.newIdNumber(random, provinces.prefix(birthProvince), year, member.female());
        int oldId = people.oldIdNumber(random, year);
        int person = registry.add(id, oldId, member.birth(), member.family(), form, given, commune, offset);
        write(out, person);
    }

    private int distinctGivenName(SplittableRandom random, int member, int family, NameForm form, boolean female) {
        NameBook names = people.names();
        int given = names.sampleGiven(random, form, female);
        String name = names.fullName(family, form, given, female);
        for (int redraw = 0; redraw < NAME_REDRAWS && isEarlierMembersName(member, name); redraw++) {
            given = names.sampleGiven(random, form, female);
            name = names.fullName(family, form, given, female);
        }
        householdNames[member] = name;
        return given;
    }

    private boolean isEarlierMembersName(int member, String name) {
        for (int m = 0; m < member; m++) {
            if (householdNames[m].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void write(CsvWriter out, int person) {
        out.field(IdNumbers.format(registry.idNumber(person)))
                .field(registry.hasOldIdNumber(person) ? IdNumbers.formatOld(registry.oldIdNumber(person)) : "")
                .field(registry.fullName(person))
                .field(BirthDate.iso(registry.birth(person)))
                .field(registry.isFemale(person) ? "F" : "M")
                .field(registry.communeCode(person))
                .endRow();
    }
}
