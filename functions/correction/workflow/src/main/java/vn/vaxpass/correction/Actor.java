package vn.vaxpass.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.vaxpass.access.Reach;

/**
 * Who acts on a commune's list: the account (the token's subject, for the audit trail) and the parts its reach plays
 * there. A caller whose reach plays no part in the commune is answered as if the list did not exist.
 */
public record Actor(String account, Reach reach) {

    /** The parts this caller plays in this commune, each with the village of a village team. */
    public List<Part> partsIn(String communeCode, String provinceCode) {
        List<Part> parts = new ArrayList<>();
        for (Reach part : reach.parts()) {
            if (part instanceof Reach.Ministry) {
                parts.add(new Part(WorkRole.MINISTRY, null));
            } else if (part instanceof Reach.Province && part.reachesProvince(provinceCode)) {
                parts.add(new Part(WorkRole.PROVINCE, null));
            } else if (part instanceof Reach.Commune && part.reachesCommune(communeCode, provinceCode)) {
                parts.add(new Part(WorkRole.STATION, null));
            } else if (part instanceof Reach.CommunePolice && part.reachesCommune(communeCode, provinceCode)) {
                parts.add(new Part(WorkRole.POLICE, null));
            } else if (part instanceof Reach.VillageTeam team && team.communeCode().equals(communeCode)) {
                parts.add(new Part(WorkRole.VILLAGE_TEAM, team.village()));
            }
        }
        return parts;
    }

    /**
     * The part this caller plays for this action in this commune.
     *
     * @throws CorrectionProblem 404 when the caller plays no part in the commune; 403 ROLE_MAY_NOT when none of its
     *                           parts may take the action
     */
    public Part as(Action action, String communeCode, String provinceCode, String what) {
        List<Part> parts = partsIn(communeCode, provinceCode);
        if (parts.isEmpty()) {
            throw CorrectionProblem.notFound(what);
        }
        Optional<Part> allowed = parts.stream().filter(part -> action.allows(part.role())).findFirst();
        return allowed.orElseThrow(() -> CorrectionProblem.roleMayNot(action.vietnamese()));
    }

    /** A role played in a commune; {@code village} for a village team only. */
    public record Part(WorkRole role, String village) {

        /** Whether this part may see an item assigned to this village (a village team: its own only). */
        public boolean sees(String itemVillage) {
            return role != WorkRole.VILLAGE_TEAM || village.equals(itemVillage);
        }
    }
}
