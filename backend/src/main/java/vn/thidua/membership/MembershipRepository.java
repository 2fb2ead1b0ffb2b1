package vn.thidua.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.thidua.bloc.BlocKind;
import vn.thidua.term.TermRoster;
import vn.thidua.unit.UnitMemberships;
import vn.thidua.unit.UnitRef;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.Listing;

@ApplicationScoped
public class MembershipRepository implements PanacheRepository<Membership>, UnitMemberships, TermRoster {

    private static final String ROLE_ORDER = "case m.role when vn.thidua.membership.MembershipRole.LEADER then 0"
            + " when vn.thidua.membership.MembershipRole.DEPUTY then 1 else 2 end";

    /** A term's members for its list: scalars, ordered as {@link #ofTerm}. */
    public Listing<MembershipRow> rowsOfTerm(Long termId, MembershipRole role, boolean byName) {
        return ofTerm("join", termId, role, byName).project(MembershipRow.class);
    }

    public Listing<Membership> ofTerm(Long termId, MembershipRole role, boolean byName) {
        return ofTerm("join fetch", termId, role, byName);
    }

    /** Leader, deputy, then members (or by name), each by the unit's name; {@code join}: with its unit fetched or not. */
    private Listing<Membership> ofTerm(String join, Long termId, MembershipRole role, boolean byName) {
        String hql = "from Membership m " + join + " m.unit u where m.term.id = ?1" + (role == null ? "" : " and m.role = ?2")
                + " order by " + (byName ? "u.name, m.id" : ROLE_ORDER + ", u.name, m.id");
        return role == null ? Listing.of(this, hql, termId) : Listing.of(this, hql, termId, role);
    }

    public Optional<Membership> findInTerm(Long termId, Long unitId) {
        return find("term.id = ?1 and unit.id = ?2", termId, unitId).firstResultOptional();
    }

    /** The current holder of a role that admits one (LEADER, DEPUTY), other than {@code except}. */
    public Optional<Membership> currentHolder(Long termId, MembershipRole role, Long except) {
        return find("term.id = ?1 and role = ?2 and leftOn is null and id <> ?3", termId, role,
                except == null ? -1L : except).firstResultOptional();
    }

    /** The unit's current membership in another bloc of the same kind that year. */
    public Optional<Membership> otherBlocSameYear(Long unitId, int year, BlocKind kind, Long exceptTermId) {
        return find("unit.id = ?1 and termYear = ?2 and blocKind = ?3 and leftOn is null and term.id <> ?4", unitId,
                year, kind, exceptTermId).firstResultOptional();
    }

    public List<Membership> ofUnitNewestFirst(Long unitId, int limit) {
        return find("select m from Membership m join fetch m.term t join fetch t.bloc where m.unit.id = ?1"
                + " order by m.termYear desc, m.id desc", unitId).page(0, limit).list();
    }

    @Override
    public long countOf(Long unitId) {
        return count("unit.id", unitId);
    }

    @Override
    public boolean anyJoinedOutside(Long unitId, LocalDate from, LocalDate to) {
        if (to == null) {
            return count("unit.id = ?1 and joinedOn < ?2", unitId, from) > 0;
        }
        return count("unit.id = ?1 and (joinedOn < ?2 or joinedOn > ?3)", unitId, from, to) > 0;
    }

    @Override
    public List<vn.thidua.unit.UnitLineage.Participation> participations(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        InList units = InList.of("units", unitIds);
        return find("select m from Membership m join fetch m.term t join fetch t.bloc join fetch m.unit u"
                + " left join fetch u.names where " + units.in("m.unit.id") + " order by m.termYear desc, t.bloc.name, m.id", units.parameters())
                .list().stream().distinct().map(m -> new vn.thidua.unit.UnitLineage.Participation(m.id, m.unit.id,
                        m.unit.nameOn(m.joinedOn).name, m.term.id, m.term.bloc.id, m.term.bloc.name, m.termYear,
                        m.term.status.name(), m.role.name(), m.joinedOn, m.leftOn)).toList();
    }

    @Override
    public long countMembers(Long termId) {
        return count("term.id", termId);
    }

    @Override
    public Parties parties(Long termId) {
        Long leader = null;
        Long deputy = null;
        java.util.Set<Long> members = new java.util.HashSet<>();
        for (Object[] row : getEntityManager().createQuery("select m.unit.id, m.role from Membership m"
                + " where m.term.id = ?1 and m.leftOn is null", Object[].class).setParameter(1, termId).getResultList()) {
            Long unit = (Long) row[0];
            members.add(unit);
            if (row[1] == MembershipRole.LEADER) {
                leader = unit;
            } else if (row[1] == MembershipRole.DEPUTY) {
                deputy = unit;
            }
        }
        return new Parties(leader, deputy, members);
    }

    @Override
    public Map<Long, Summary> summarise(Collection<Long> termIds) {
        Map<Long, Summary> result = new HashMap<>();
        if (termIds.isEmpty()) {
            return result;
        }
        // Scalars, not entities (materialising every current member with its unit and names was most of a
        // term's read): a row per current member, and one per name of the leader's and the deputy's units.
        InList terms = InList.of("terms", termIds);
        List<Object[]> rows = terms.bind(getEntityManager().createQuery("select m.term.id, m.id, m.role, m.joinedOn, u.id,"
                + " u.code, n.name, n.shortName, n.validFrom from Membership m join m.unit u left join u.names n"
                + " on m.role <> vn.thidua.membership.MembershipRole.MEMBER where " + terms.in("m.term.id")
                + " and m.leftOn is null", Object[].class)).getResultList();
        Map<Long, Set<Long>> members = new HashMap<>();
        Map<Long, Officer> officers = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Long term = (Long) row[0];
            members.computeIfAbsent(term, t -> new HashSet<>()).add((Long) row[1]);
            if (row[6] != null) {
                officers.computeIfAbsent((Long) row[1], m -> new Officer(term, (MembershipRole) row[2], (LocalDate) row[3],
                        (Long) row[4], (String) row[5], new ArrayList<>()))
                        .names().add(new UnitRef.Name((String) row[6], (String) row[7], (LocalDate) row[8]));
            }
        }
        members.forEach((term, ids) -> result.put(term, new Summary(null, null, ids.size())));
        for (Officer officer : officers.values()) {
            Summary s = result.get(officer.term());
            UnitRef ref = UnitRef.of(officer.unitId(), officer.code(), officer.names(), officer.joinedOn());
            result.put(officer.term(), officer.role() == MembershipRole.LEADER ? new Summary(ref, s.deputy(), s.memberCount())
                    : new Summary(s.leader(), ref, s.memberCount()));
        }
        return result;
    }

    /** The leader or deputy of a term, as {@link #summarise} reads it. */
    private record Officer(Long term, MembershipRole role, LocalDate joinedOn, Long unitId, String code, List<UnitRef.Name> names) {
    }
}
