package vn.vaxpass.synthetic;

/**
 * What makes a registry person hard to match whatever was written, recorded in {@code truth.csv} (column
 * {@code person_traits}) so that recall can be reported for these people apart.
 */
public enum PersonTrait {
    /** Has a twin in the registry: same family name, birth date and household, another given name. */
    TWIN,
    /** Has a minority name: given name first ("Y Moan Êban", "H'Hen Niê") or a single word ("Pó"). */
    MINORITY_NAME
}
