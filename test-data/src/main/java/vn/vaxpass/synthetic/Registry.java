package vn.vaxpass.synthetic;

/**
 * The registry people in compact arrays (about 24 bytes a person, plus the number index), kept in memory while the
 * subjects are drawn from them: a name is kept as three small indices into the {@link NameBook} and rebuilt when
 * needed. Members of a household are stored next to each other.
 */
final class Registry {

    static final int NO_OLD_ID = -1;

    private final NameBook names;
    private final Provinces provinces;
    private final long[] idNumber;
    private final int[] oldIdNumber;
    private final int[] birth;
    private final byte[] family;
    private final byte[] nameForm;
    private final short[] given;
    private final char[] commune;
    private final byte[] householdOffset;
    private final byte[] householdSize;
    private final LongIntHashMap byNumber;
    private int size;

    Registry(int capacity, NameBook names, Provinces provinces) {
        this.names = names;
        this.provinces = provinces;
        idNumber = new long[capacity];
        oldIdNumber = new int[capacity];
        birth = new int[capacity];
        family = new byte[capacity];
        nameForm = new byte[capacity];
        given = new short[capacity];
        commune = new char[capacity];
        householdOffset = new byte[capacity];
        householdSize = new byte[capacity];
        // Room for an old number for up to half of them; about 30% have one.
        byNumber = new LongIntHashMap(capacity + capacity / 2);
    }

    /** Whether a number, new or old, is already someone's. */
    boolean isTaken(long number) {
        return byNumber.containsKey(number);
    }

    /** The person whose ID number or old ID number this is, or -1. */
    int findByNumber(long number) {
        return byNumber.get(number);
    }

    /** Adds a person; their numbers must be free ({@link #isTaken(long)}). Returns the person's index. */
    int add(long id, int oldId, int birthDate, int familyName, NameForm form, int givenName, int communeIndex,
            int offsetInHousehold) {
        int person = size++;
        if (!byNumber.putIfAbsent(id, person) || oldId != NO_OLD_ID && !byNumber.putIfAbsent(oldId, person)) {
            throw new IllegalStateException("ID number already taken: " + id + " / " + oldId);
        }
        idNumber[person] = id;
        oldIdNumber[person] = oldId;
        birth[person] = birthDate;
        family[person] = (byte) familyName;
        nameForm[person] = (byte) form.ordinal();
        given[person] = (short) givenName;
        commune[person] = (char) communeIndex;
        householdOffset[person] = (byte) offsetInHousehold;
        return person;
    }

    /** Records the size of the household that ends with the last person added. */
    void closeHousehold(int members) {
        for (int person = size - members; person < size; person++) {
            householdSize[person] = (byte) members;
        }
    }

    int size() {
        return size;
    }

    long idNumber(int person) {
        return idNumber[person];
    }

    boolean hasOldIdNumber(int person) {
        return oldIdNumber[person] != NO_OLD_ID;
    }

    int oldIdNumber(int person) {
        return oldIdNumber[person];
    }

    int birth(int person) {
        return birth[person];
    }

    /** The sex is written into the ID number's century digit, so it is read from there. */
    boolean isFemale(int person) {
        return IdNumbers.isFemale(idNumber[person]);
    }

    private NameForm nameForm(int person) {
        return NameForm.of(nameForm[person]);
    }

    boolean hasMinorityName(int person) {
        return nameForm(person).isMinority();
    }

    /**
     * The person's twin, or -1: another member of the household born the same day with the same family name. Twins
     * differ in their given names only, so a record of one can be mistaken for the other.
     */
    int twinOf(int person) {
        int start = householdStart(person);
        for (int other = start; other < start + householdSize(person); other++) {
            if (other != person && birth[other] == birth[person] && family[other] == family[person]
                    && nameForm(other).isMinority() == nameForm(person).isMinority()) {
                return other;
            }
        }
        return -1;
    }

    String fullName(int person) {
        return names.fullName(family[person], nameForm(person), given[person], isFemale(person));
    }

    int commune(int person) {
        return commune[person];
    }

    String communeCode(int person) {
        return provinces.communeCode(commune[person]);
    }

    int householdStart(int person) {
        return person - householdOffset[person];
    }

    int householdSize(int person) {
        return householdSize[person];
    }
}
