package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditLog;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.text.VietnameseOrder;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * Registrations of member units for a bloc's campaign. A unit's officer acts for its own unit only
 * ({@link TermParty#requireActFor}); the term's managers accept or return. A draft is seen only by its
 * unit and the managers. Submissions after the deadline are received and flagged late, never refused.
 */
@ApplicationScoped
@Traced
public class RegistrationService {

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationLifecycle lifecycle;

    @Inject
    CampaignService campaigns;

    @Inject
    UnitRepository units;

    @Inject
    Transitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @ReadOnly
    public RegistrationOverview list(Long campaignId) {
        Campaign campaign = campaigns.find(campaignId);
        CampaignService.Party party = campaigns.party(campaign);
        if (party.term() == null) {
            return new RegistrationOverview(campaign.id, campaign.registrationDeadline, 0, 0, 0, List.of(), List.of(), List.of());
        }
        TermParty term = party.term();
        List<Registration> rows = registrations.ofCampaign(campaign.id);
        registrations.fetchTargets(rows);
        Set<Long> submitted = new HashSet<>();
        List<Unit> named = new ArrayList<>();
        for (Registration r : rows) {
            named.add(r.unit);
            if (r.status != RegistrationStatus.DRAFT) {
                submitted.add(r.unit.id);
            }
        }
        Set<Long> missingIds = new HashSet<>(term.memberUnitIds());
        missingIds.removeAll(submitted);
        List<Unit> missingUnits = missingIds.isEmpty() ? List.of() : units.byIds(missingIds);
        named.addAll(missingUnits);
        units.fetchNames(named);
        LocalDate asOf = term.term().firstDay();
        List<RegistrationData> items = rows.stream().filter(r -> visible(term, r))
                .sorted(Comparator.comparing(r -> UnitRef.of(r.unit, asOf).name(), VietnameseOrder.NAMES))
                .map(r -> toData(term, r)).toList();
        List<UnitRef> missing = missingUnits.stream().map(u -> UnitRef.of(u, asOf))
                .sorted(Comparator.comparing(UnitRef::name, VietnameseOrder.NAMES)).toList();
        int late = (int) rows.stream().filter(r -> r.late && r.status != RegistrationStatus.DRAFT).count();
        return new RegistrationOverview(campaign.id, campaign.registrationDeadline, term.memberUnitIds().size(),
                (int) submitted.stream().filter(term.memberUnitIds()::contains).count(), late, items, missing,
                campaigns.toData(party).permissions().contains("REGISTER") ? List.of("REGISTER") : List.of());
    }

    @ReadOnly
    public Versioned<RegistrationData> get(Long id) {
        Found found = find(id);
        return versioned(found.term(), found.registration());
    }

    @Transactional
    public Versioned<RegistrationData> create(Long campaignId, RegistrationInput input) {
        Campaign campaign = campaigns.find(campaignId);
        CampaignService.Party party = campaigns.party(campaign);
        if (party.term() == null) {
            throw DomainException.conflict("REGISTRATION_PROVINCE_CAMPAIGN", Text.of(
                    "Các khối hưởng ứng phong trào của tỉnh bằng phong trào hưởng ứng của khối; đơn vị đăng ký vào phong trào đó.",
                    "Blocs answer a province's campaign with a response campaign of their own; units register for that one."));
        }
        TermParty term = party.term();
        term.requireActFor(input.unitId());
        TermGuard.requireOpen(term.term());
        RegistrationLifecycle.requireLaunched(registrationOf(campaign));
        if (!term.memberUnitIds().contains(input.unitId())) {
            throw DomainException.rule("REGISTRATION_NOT_A_MEMBER", Text.of(
                    "Đơn vị đã chọn không phải thành viên hiện tại của {0} năm {1}.",
                    "The chosen unit is not a current member of {0} in {1}.").with(term.term().bloc.name, term.term().year),
                    "unitId");
        }
        Registration registration = registrationOf(campaign);
        registration.unit = units.findById(input.unitId());
        apply(registration, input.targets(), input.numericTargets());
        UniqueKeys.guard(registrations.getEntityManager(), () -> registrations.persist(registration), Map.of(
                "uk_registration_campaign_unit", () -> DomainException.conflict("REGISTRATION_EXISTS", Text.of(
                        "{0} đã có đăng ký cho phong trào “{1}”; hãy sửa đăng ký đó.",
                        "{0} already has a registration for “{1}”; edit that one.").with(registration.unit, campaign.title))));
        audit.created(registration, registration.snapshot().map());
        return versioned(term, registration);
    }

    @Transactional
    public Versioned<RegistrationData> update(Long id, IfMatch ifMatch, RegistrationUpdate input) {
        Found found = find(id);
        Registration registration = found.registration();
        TermParty term = found.term();
        term.requireActFor(registration.unit.id);
        TermGuard.requireOpen(term.term());
        requireMatch(ifMatch, term, registration);
        if (!editable(registration)) {
            throw DomainException.conflict("REGISTRATION_NOT_EDITABLE", Text.of(
                    "Đăng ký đang ở bước “{0}”; chỉ sửa được khi “{1}” hoặc “{2}”.",
                    "The registration is “{0}”; it can be edited only while “{1}” or “{2}”.")
                    .with(registration.status, RegistrationStatus.DRAFT, RegistrationStatus.RETURNED));
        }
        RegistrationLifecycle.requireLaunched(registration);
        var before = registration.snapshot().map();
        apply(registration, input.targets(), input.numericTargets());
        registrations.flush();
        audit.updated(registration, before, registration.snapshot().map(), null);
        return versioned(term, registration);
    }

    /**
     * Submitting is the unit's (or the Board's for it); accepting and returning the managers'. A submission
     * carries today's date, or, recorded by the Board, the date of the paper registration it received; it is
     * late when that date is after the campaign's deadline, and is received all the same.
     */
    @Transactional
    public Versioned<RegistrationData> changeStatus(Long id, IfMatch ifMatch, RegistrationStatusChange change) {
        Found found = find(id);
        Registration registration = found.registration();
        TermParty term = found.term();
        if (change.status() == RegistrationStatus.SUBMITTED) {
            term.requireActFor(registration.unit.id);
        } else {
            term.requireManage();
        }
        TermGuard.requireOpen(term.term());
        requireMatch(ifMatch, term, registration);
        LocalDate today = campaigns.today();
        if (change.submittedOn() != null) {
            if (change.status() != RegistrationStatus.SUBMITTED) {
                throw DomainException.rule("REGISTRATION_DATE_ONLY_ON_SUBMIT", Text.of(
                        "Ngày gửi chỉ ghi khi gửi đăng ký.", "A submission date goes with a submission only."), "submittedOn");
            }
            if (!change.submittedOn().equals(today) && !term.isBoard()) {
                throw DomainException.rule("REGISTRATION_PAST_DATE_BOARD_ONLY", Text.of(
                        "Đơn vị gửi đăng ký với ngày hôm nay; chỉ Ban Thi đua - Khen thưởng ghi ngày của bản đăng ký giấy đã nhận.",
                        "A unit submits with today's date; only the Board records the date of a paper registration it received."),
                        "submittedOn");
            }
            if (change.submittedOn().isAfter(today)) {
                throw DomainException.rule("DATE_IN_FUTURE", Text.of("Ngày {0} chưa đến.", "{0} is in the future.")
                        .with(change.submittedOn()), "submittedOn");
            }
            LocalDate launched = registration.campaign.launchedOn;
            if (launched != null && change.submittedOn().isBefore(launched)) {
                throw DomainException.rule("REGISTRATION_BEFORE_LAUNCH", Text.of(
                        "Ngày gửi {0} trước ngày phát động {1}.", "Submitted on {0}, before the launch on {1}.")
                        .with(change.submittedOn(), launched), "submittedOn");
            }
        }
        if (change.status() == RegistrationStatus.SUBMITTED) {
            LocalDate on = change.submittedOn() == null ? today : change.submittedOn();
            LocalDate deadline = registration.campaign.registrationDeadline;
            registration.submittedOn = on;
            registration.late = deadline != null && on.isAfter(deadline);
        }
        if (change.status() == RegistrationStatus.RETURNED && change.reason() != null && !change.reason().isBlank()) {
            registration.returnReason = change.reason().trim();
        } else if (change.status() == RegistrationStatus.SUBMITTED) {
            registration.returnReason = null;
        }
        transitions.move(lifecycle.of(), registration, change.status(), change.reason());
        return versioned(term, registration);
    }

    /** A registration the caller sees, with the caller's part in its term: its campaign in scope, a draft only by its unit and the managers. */
    private Found find(Long id) {
        Registration registration = registrations.findFull(id).filter(r -> campaigns.sees(r.campaign))
                .orElseThrow(RegistrationService::notFound);
        TermParty term = campaigns.party(registration.campaign).term();
        if (!visible(term, registration)) {
            throw notFound();
        }
        return new Found(registration, term);
    }

    private record Found(Registration registration, TermParty term) {
    }

    private static boolean visible(TermParty term, Registration r) {
        return r.status != RegistrationStatus.DRAFT || term.manages() || term.actsFor(r.unit.id);
    }

    private static boolean editable(Registration r) {
        return r.status == RegistrationStatus.DRAFT || r.status == RegistrationStatus.RETURNED;
    }

    private static Registration registrationOf(Campaign campaign) {
        Registration registration = new Registration();
        registration.campaign = campaign;
        return registration;
    }

    private static void apply(Registration registration, String targets, List<NumericTargetData> numeric) {
        registration.targets = targets.trim();
        registration.numericTargets.clear();
        if (numeric != null) {
            numeric.forEach(t -> registration.numericTargets.add(t.toTarget()));
        }
    }

    private void requireMatch(IfMatch ifMatch, TermParty term, Registration registration) {
        ifMatch.require(etags.of(toData(term, registration).shared()));
    }

    private Versioned<RegistrationData> versioned(TermParty term, Registration registration) {
        RegistrationData data = toData(term, registration);
        return etags.versioned(data, data.shared());
    }

    private RegistrationData toData(TermParty term, Registration r) {
        boolean open = !term.term().isClosed() && r.campaign.status == CampaignStatus.LAUNCHED;
        boolean own = term.actsFor(r.unit.id) && !term.caller().isNational();
        List<String> permissions = Permissions.builder()
                .allow("UPDATE", open && own && editable(r))
                .allow("SUBMIT", open && own && lifecycle.of().allows(r.status, RegistrationStatus.SUBMITTED))
                .allow("ACCEPT", open && term.manages() && lifecycle.of().allows(r.status, RegistrationStatus.ACCEPTED))
                .allow("RETURN", open && term.manages() && lifecycle.of().allows(r.status, RegistrationStatus.RETURNED))
                .list();
        return new RegistrationData(r.id, r.campaign.id, UnitRef.of(r.unit, term.term().firstDay()), r.targets,
                r.numericTargets.stream().map(NumericTargetData::of).toList(), r.status, r.submittedOn, r.late,
                r.returnReason, r.version, permissions);
    }

    private static DomainException notFound() {
        return DomainException.notFound("REGISTRATION_NOT_FOUND", Text.of("đăng ký thi đua", "registration"));
    }
}
