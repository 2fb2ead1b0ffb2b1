package vn.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileKind;
import vn.thidua.common.files.FileService;
import vn.thidua.audit.OwnedFiles;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.province.Provinces;
import vn.thidua.term.Term;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;

/**
 * Campaigns of a term (managed by its leader and deputy units and the Board, through {@link TermParty}) and
 * of a province (the Board's). Reads are open to whoever sees the province; writes ask the same policy
 * the {@code permissions} of every read are built from.
 */
@ApplicationScoped
@Traced
public class CampaignService {

    private static final Map<String, String> SORTS = Map.of("title", "c.title", "status", "c.status", "startsOn",
            "c.startsOn", "kind", "c.kind");

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignLifecycle lifecycle;

    @Inject
    Transitions transitions;

    @Inject
    TermAccess access;

    @Inject
    ProvinceScope scope;

    @Inject
    Provinces provinces;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    OwnedFiles files;

    @Inject
    Clock clock;

    /** The caller's part in a campaign: the term's policy for a bloc's campaign, the Board's scope for a province's. */
    public record Party(Campaign campaign, TermParty term, boolean board) {

        public boolean manages() {
            return term != null ? term.manages() : board;
        }
    }

    @ReadOnly
    public Page<CampaignData> list(Long termId, Long provinceId, CampaignStatus status, PageRequest page) {
        Sort sort = page.sort(SORTS, Sort.ascending("c.startsOn").and("c.id"));
        Map<Long, TermParty> parties = new HashMap<>();
        return Page.of(campaigns.search(scope.listScope().orElse(null), termId, provinceId, false, status, sort), page,
                c -> toData(party(c, parties)));
    }

    @ReadOnly
    public Versioned<CampaignData> get(Long id) {
        return versioned(party(find(id)));
    }

    @Transactional
    public Versioned<CampaignData> create(CampaignInput input) {
        Campaign campaign = new Campaign();
        if ((input.termId() == null) == (input.provinceId() == null)) {
            throw DomainException.rule("CAMPAIGN_OWNER_REQUIRED", Text.of(
                    "Phong trào thuộc đúng một năm thi đua (termId) hoặc một tỉnh (provinceId).",
                    "A campaign belongs to exactly one term (termId) or one province (provinceId)."), "termId");
        }
        if (input.termId() != null) {
            TermParty party = termOf(input.termId());
            party.requireManage();
            TermGuard.requireOpen(party.term());
            campaign.term = party.term();
            campaign.provinceId = party.term().bloc.provinceId;
        } else {
            campaign.provinceId = scope.provinceForNew(input.provinceId(), "provinceId");
        }
        apply(campaign, input);
        campaigns.persistAndFlush(campaign);
        audit.created(campaign, campaign.snapshot().map());
        return versioned(party(campaign));
    }

    @Transactional
    public Versioned<CampaignData> update(Long id, IfMatch ifMatch, CampaignUpdate input) {
        Party party = findForManage(id);
        Campaign campaign = party.campaign();
        requireMatch(ifMatch, party);
        if (campaign.status == CampaignStatus.CLOSED) {
            throw closed(campaign);
        }
        if (campaign.status == CampaignStatus.LAUNCHED && (input.kind() != campaign.kind
                || !Objects.equals(DecisionRef.from(input.launchDecision()) == null ? null
                        : DecisionRef.from(input.launchDecision()).toData(), decisionData(campaign))
                || !Objects.equals(input.respondsToCampaignId(), campaign.respondsTo == null ? null : campaign.respondsTo.id))) {
            throw DomainException.conflict("CAMPAIGN_LAUNCH_FIXED", Text.of(
                    "Phong trào “{0}” đã phát động: loại phong trào, văn bản phát động và phong trào hưởng ứng không đổi được.",
                    "“{0}” is launched: its kind, launch document and the campaign it responds to cannot change.")
                    .with(campaign.title));
        }
        var before = campaign.snapshot().map();
        apply(campaign, input.asInput());
        campaigns.flush();
        audit.updated(campaign, before, campaign.snapshot().map(), null);
        return versioned(party);
    }

    @Transactional
    public Versioned<CampaignData> changeStatus(Long id, IfMatch ifMatch, CampaignStatusChange change) {
        Party party = findForManage(id);
        requireMatch(ifMatch, party);
        transitions.move(lifecycle.of(), party.campaign(), change.status(), change.reason());
        return versioned(party);
    }

    @Transactional
    public void delete(Long id, IfMatch ifMatch) {
        Party party = findForManage(id);
        Campaign campaign = party.campaign();
        requireMatch(ifMatch, party);
        if (campaign.status != CampaignStatus.DRAFT) {
            throw DomainException.conflict("CAMPAIGN_NOT_DELETABLE", Text.of(
                    "Chỉ xóa được phong trào còn là “{0}”; phong trào đã phát động được kết thúc, không bị xóa.",
                    "Only a campaign still at “{0}” can be deleted; a launched one is closed, never deleted.")
                    .with(CampaignStatus.DRAFT));
        }
        if (files.any(Campaign.ENTITY, campaign.id, FileKind.CAMPAIGN_LAUNCH_DOCUMENT)) {
            throw DomainException.conflict("CAMPAIGN_HAS_FILES", Text.of(
                    "Phong trào đã có văn bản phát động (văn bản chính thức) nên không xóa được.",
                    "The campaign has a launch document (an official act) and cannot be deleted."));
        }
        if (campaigns.linkedFromCovenants(campaign.id)) {
            throw DomainException.conflict("CAMPAIGN_IN_COVENANT", Text.of(
                    "Giao ước thi đua đang dẫn chiếu phong trào này; bỏ liên kết trong giao ước trước.",
                    "A covenant links this campaign; remove it from the covenant first."));
        }
        var before = campaign.snapshot().map();
        campaigns.delete(campaign);
        campaigns.flush();
        audit.deleted(campaign, before, null);
    }

    @Transactional
    public StoredFileData upload(Long id, FileService.Upload upload, Long supersedes) {
        Party party = findForManage(id);
        if (party.campaign().status == CampaignStatus.CLOSED) {
            throw closed(party.campaign());
        }
        // the campaign's row lock serialises uploads, so it never has two current launch documents
        campaigns.getEntityManager().lock(party.campaign(), LockModeType.PESSIMISTIC_WRITE);
        return files.store(FileKind.CAMPAIGN_LAUNCH_DOCUMENT, party.campaign(), upload, supersedes);
    }

    @ReadOnly
    public List<StoredFileData> files(Long id) {
        Campaign campaign = find(id);
        return files.list(Campaign.ENTITY, campaign.id, FileKind.CAMPAIGN_LAUNCH_DOCUMENT);
    }

    /** A campaign the caller sees; another province's is as missing as an unknown id. */
    public Campaign find(Long id) {
        return campaigns.findFull(id).filter(c -> scope.sees(c.provinceId))
                .orElseThrow(() -> DomainException.notFound("CAMPAIGN_NOT_FOUND", Text.of("phong trào thi đua", "campaign")));
    }

    public boolean sees(Campaign campaign) {
        return scope.sees(campaign.provinceId);
    }

    /** Whether the caller sees the term's province (the covenant of a term is read as the term is). */
    public boolean sees(Term term) {
        return scope.sees(term.bloc.provinceId);
    }

    /** A campaign the caller sees, if any. */
    public java.util.Optional<Campaign> findOptional(Long id) {
        return campaigns.findFull(id).filter(this::sees);
    }

    /** The caller's part in a campaign they see. */
    public Party party(Campaign campaign) {
        return party(campaign, new HashMap<>());
    }

    /** A campaign the caller manages (404 unseen, 403 otherwise; a closed term's are read-only). */
    Party findForManage(Long id) {
        Party party = party(find(id));
        if (party.term() != null) {
            party.term().requireManage();
            TermGuard.requireOpen(party.term().term());
        } else {
            scope.requireWriter();
        }
        return party;
    }

    /** The named term's party; a term the caller does not see is as unknown as a missing one (422, a body's field). */
    private TermParty termOf(long termId) {
        try {
            return access.of(termId);
        } catch (DomainException e) {
            if (e.kind() == vn.thidua.common.error.ProblemKind.NOT_FOUND) {
                throw DomainException.rule("CAMPAIGN_TERM_UNKNOWN", Text.of("Năm thi đua đã chọn không tồn tại.",
                        "The chosen term does not exist."), "termId");
            }
            throw e;
        }
    }

    Versioned<CampaignData> versioned(Party party) {
        CampaignData data = toData(party);
        return etags.versioned(data, data.shared());
    }

    /** 412 unless If-Match names the campaign as read (the tag leaves out the caller's permissions). */
    void requireMatch(IfMatch ifMatch, Party party) {
        ifMatch.require(etags.of(toData(party).shared()));
    }

    private Party party(Campaign campaign, Map<Long, TermParty> cache) {
        if (campaign.term != null) {
            return new Party(campaign, cache.computeIfAbsent(campaign.term.id, t -> access.of(campaign.term)), false);
        }
        return new Party(campaign, null, scope.caller().writes() && scope.sees(campaign.provinceId));
    }

    CampaignData toData(Party party) {
        Campaign c = party.campaign();
        boolean manages = party.manages() && (c.term == null || !c.term.isClosed());
        boolean member = party.term() != null && party.term().isMember() && !c.term.isClosed();
        List<String> permissions = Permissions.builder()
                .allow("UPDATE", manages && c.status != CampaignStatus.CLOSED)
                .allow("DELETE", manages && c.status == CampaignStatus.DRAFT)
                .allow("LAUNCH", manages && lifecycle.of().allows(c.status, CampaignStatus.LAUNCHED))
                .allow("CLOSE", manages && lifecycle.of().allows(c.status, CampaignStatus.CLOSED))
                .allow("UPLOAD_FILE", manages && c.status != CampaignStatus.CLOSED)
                .allow("REGISTER", c.term != null && c.status == CampaignStatus.LAUNCHED
                        && (member || (party.term().isBoard() && !c.term.isClosed())))
                .list();
        return new CampaignData(c.id, c.term == null ? null : c.term.id, c.term == null ? null : c.term.bloc.name,
                c.term == null ? null : c.term.year, c.provinceId, provinces.ref(c.provinceId, null).code(), c.kind, c.title,
                c.theme, c.targets, c.startsOn, c.endsOn, c.registrationDeadline, decisionData(c), c.launchedOn,
                c.respondsTo == null ? null : CampaignRef.of(c.respondsTo), c.status, c.version, permissions);
    }

    private static DecisionRefData decisionData(Campaign c) {
        return c.launchDecision == null ? null : c.launchDecision.toData();
    }

    private void apply(Campaign campaign, CampaignInput input) {
        if (input.kind() == CampaignKind.SPECIAL_PERIOD && input.endsOn() == null) {
            throw DomainException.rule("CAMPAIGN_END_DATE_REQUIRED", Text.of(
                    "Đợt thi đua đặc biệt cần ngày kết thúc.", "A special period needs its end date."), "endsOn");
        }
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw DomainException.rule("CAMPAIGN_PERIOD_INVALID", Text.of(
                    "Ngày kết thúc ({0}) trước ngày bắt đầu ({1}).", "The end ({0}) is before the start ({1}).")
                    .with(input.endsOn(), input.startsOn()), "endsOn");
        }
        campaign.kind = input.kind();
        campaign.respondsTo = respondsTo(campaign, input);
        campaign.title = input.title().trim();
        campaign.theme = blankToNull(input.theme());
        campaign.targets = blankToNull(input.targets());
        campaign.startsOn = input.startsOn();
        campaign.endsOn = input.endsOn();
        campaign.registrationDeadline = input.registrationDeadline();
        campaign.launchDecision = DecisionRef.from(input.launchDecision());
    }

    /** A RESPONSE links a launched campaign of its own province's Board; other kinds link nothing. */
    private Campaign respondsTo(Campaign campaign, CampaignInput input) {
        if (input.kind() != CampaignKind.RESPONSE) {
            if (input.respondsToCampaignId() != null) {
                throw DomainException.rule("CAMPAIGN_LINK_ONLY_FOR_RESPONSE", Text.of(
                        "Chỉ phong trào hưởng ứng mới dẫn chiếu phong trào được hưởng ứng.",
                        "Only a response links the campaign it responds to."), "respondsToCampaignId");
            }
            return null;
        }
        if (campaign.term == null) {
            throw DomainException.rule("CAMPAIGN_RESPONSE_NEEDS_TERM", Text.of(
                    "Phong trào hưởng ứng là của một khối (năm thi đua), không phải của tỉnh.",
                    "A response is a bloc's (a term's) campaign, not a province's."), "kind");
        }
        if (input.respondsToCampaignId() == null) {
            throw DomainException.rule("CAMPAIGN_RESPONSE_NEEDS_LINK", Text.of(
                    "Phong trào hưởng ứng cần chọn phong trào của tỉnh được hưởng ứng.",
                    "A response needs the province campaign it responds to."), "respondsToCampaignId");
        }
        Campaign target = campaigns.findByIdOptional(input.respondsToCampaignId())
                .filter(c -> c.term == null && Objects.equals(c.provinceId, campaign.provinceId)
                        && c.status != CampaignStatus.DRAFT)
                .orElseThrow(() -> DomainException.rule("CAMPAIGN_RESPONSE_TARGET_INVALID", Text.of(
                        "Phong trào được hưởng ứng phải là phong trào đã phát động của tỉnh, thành phố của khối.",
                        "The campaign responded to must be a launched campaign of the bloc's own province."),
                        "respondsToCampaignId"));
        return target;
    }

    private static DomainException closed(Campaign campaign) {
        return DomainException.conflict("CAMPAIGN_CLOSED", Text.of("Phong trào “{0}” đã kết thúc; chỉ còn để xem.",
                "“{0}” is closed; it is read-only.").with(campaign.title));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
