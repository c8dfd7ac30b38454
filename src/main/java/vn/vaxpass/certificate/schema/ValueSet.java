package vn.vaxpass.certificate.schema;

/** The EU eHealth Network value sets a vaccination entry uses (DCC value sets, sections 2.1–2.6). */
public enum ValueSet {
    DISEASE_AGENT_TARGETED("disease-agent-targeted"),
    VACCINE_PROPHYLAXIS("vaccine-prophylaxis"),
    VACCINE_MEDICINAL_PRODUCT("vaccine-medicinal-product"),
    VACCINE_MANUFACTURER("vaccine-mah-manf"),
    COUNTRY("country-2-codes");

    private final String fileName;

    ValueSet(String fileName) {
        this.fileName = fileName;
    }

    public String resource() {
        return "dcc/valuesets/" + fileName + ".json";
    }
}
