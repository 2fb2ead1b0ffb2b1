package vn.thidua.covenant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditLog;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRef;
import vn.thidua.campaign.CampaignService;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileService;
import vn.thidua.audit.OwnedFiles;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.persistence.UniqueKeys;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.text.VietnameseOrder;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.Permissions;
import vn.thidua.common.web.Versioned;
import vn.thidua.province.Provinces;
import vn.thidua.security.CurrentUser;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;
import vn.thidua.term.TermParty;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * A term's covenant: drafted and circulated by the managers ({@link TermParty#requireManage}), signed by
 * each member unit for itself ({@link TermParty#requireActFor}), once; SIGNED as soon as every current
 * member has signed, or closed by the leader with a reason and the missing members recorded.
 */
@ApplicationScoped
@Traced
public class CovenantService {

    @Inject
    CovenantRepository covenants;

    @Inject
    CovenantLifecycle lifecycle;

    @Inject
    CampaignService campaignService;

    @Inject
    TermAccess access;

    @Inject
    UnitRepository units;

    @Inject
    Provinces provinces;

    @Inject
    Transitions transitions;

    @Inject
    OwnedFiles files;

    @Inject
    AuditLog audit;

    @Inject
    ETags etags;

    @Inject
    CurrentUser user;

    private record Found(Covenant covenant, TermParty term) {
    }

    @ReadOnly
    public Page<CovenantData> list(Long termId) {
        TermParty term = access.of(termId);
        List<CovenantData> items = covenants.ofTerm(term.termId()).stream().map(c -> toData(new Found(c, term))).toList();
        return new Page<>(items, 0, 20, items.size());
    }

    @ReadOnly
    public Versioned<CovenantData> get(Long id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<CovenantData> create(Long termId, CovenantInput input) {
        TermParty term = access.of(termId);
        term.requireManage();
        TermGuard.requireOpen(term.term());
        Covenant covenant = new Covenant();
        covenant.term = term.term();
        apply(covenant, input);
        UniqueKeys.guard(covenants.getEntityManager(), () -> covenants.persist(covenant), Map.of("uk_covenant_term",
                () -> DomainException.conflict("COVENANT_EXISTS", Text.of("{0} năm {1} đã có giao ước thi đua.",
                        "{0} already has a covenant for {1}.").with(term.term().bloc.name, term.term().year))));
        audit.created(covenant, covenant.snapshot().map());
        return versioned(new Found(covenant, term));
    }

    @Transactional
    public Versioned<CovenantData> update(Long id, IfMatch ifMatch, CovenantInput input) {
        Found found = findForManage(id);
        requireMatch(ifMatch, found);
        Covenant covenant = found.covenant();
        requireDraft(covenant);
        var before = covenant.snapshot().map();
        apply(covenant, input);
        covenants.flush();
        audit.updated(covenant, before, covenant.snapshot().map(), null);
        return versioned(found);
    }

    @Transactional
    public void delete(Long id, IfMatch ifMatch) {
        Found found = findForManage(id);
        requireMatch(ifMatch, found);
        Covenant covenant = found.covenant();
        requireDraft(covenant);
        if (files.any(Covenant.ENTITY, covenant.id, CovenantDocumentKind.fileKinds())) {
            throw DomainException.conflict("COVENANT_HAS_FILES", Text.of(
                    "Giao ước đã có văn bản đính kèm (văn bản chính thức) nên không xóa được.",
                    "The covenant has attached documents (official acts) and cannot be deleted."));
        }
        var before = covenant.snapshot().map();
        covenants.delete(covenant);
        covenants.flush();
        audit.deleted(covenant, before, null);
    }

    /** Circulate (DRAFT → CIRCULATED), or close (→ SIGNED) with the members still missing named and recorded. */
    @Transactional
    public Versioned<CovenantData> changeStatus(Long id, IfMatch ifMatch, CovenantStatusChange change) {
        Found found = findForManage(id);
        requireMatch(ifMatch, found);
        Covenant covenant = found.covenant();
        List<CovenantSignature> signatures = covenants.signatures(covenant.id);
        if (change.status() == CovenantStatus.SIGNED) {
            List<Unit> missing = missingUnits(found.term(), signatures);
            units.fetchNames(missing);
            LocalDate asOf = found.term().term().firstDay();
            covenant.pendingMissing = missing.stream().map(u -> UnitRef.of(u, asOf).name()).sorted(VietnameseOrder.NAMES).toList();
            covenant.closingReason = change.reason();
            if (!missing.isEmpty() && covenant.status == CovenantStatus.CIRCULATED) {
                covenant.closedIncomplete = true;
                covenant.closedReason = change.reason() == null ? null : change.reason().trim();
                covenant.missingUnitIds.addAll(missing.stream().map(u -> u.id).toList());
            }
            covenant.signedOn = signatures.stream().map(s -> s.signedOn).max(Comparator.naturalOrder())
                    .orElse(campaignService.today());
        }
        transitions.move(lifecycle.of(), covenant, change.status(), change.reason());
        return versioned(found);
    }

    /**
     * A member's signature, for its own unit only, once (the database key). The date is the one on the signed
     * covenant (a past date is recorded as such; never after today, never before the term's year). The last
     * missing signature moves the covenant to SIGNED in the same transaction.
     */
    @Transactional
    public Versioned<SignatureData> sign(Long covenantId, SignatureInput input) {
        Found found = find(covenantId);
        TermParty term = found.term();
        term.requireActFor(input.unitId());
        TermGuard.requireOpen(term.term());
        Covenant covenant = found.covenant();
        // the covenant's row lock serialises signatures, so the last one sees all the others
        covenants.getEntityManager().lock(covenant, LockModeType.PESSIMISTIC_WRITE);
        if (covenant.status != CovenantStatus.CIRCULATED) {
            throw DomainException.conflict("COVENANT_NOT_CIRCULATED", Text.of(
                    "Giao ước đang ở bước “{0}”; chỉ ký khi đã “{1}”.", "The covenant is “{0}”; members sign it once “{1}”.")
                    .with(covenant.status, CovenantStatus.CIRCULATED));
        }
        if (!term.memberUnitIds().contains(input.unitId())) {
            throw DomainException.rule("COVENANT_NOT_A_MEMBER", Text.of(
                    "Đơn vị đã chọn không phải thành viên hiện tại của {0} năm {1}.",
                    "The chosen unit is not a current member of {0} in {1}.").with(term.term().bloc.name, term.term().year),
                    "unitId");
        }
        if (input.signedOn().isAfter(campaignService.today())) {
            throw DomainException.rule("DATE_IN_FUTURE", Text.of("Ngày {0} chưa đến.", "{0} is in the future.")
                    .with(input.signedOn()), "signedOn");
        }
        if (input.signedOn().isBefore(term.term().firstDay())) {
            throw DomainException.rule("COVENANT_SIGNED_BEFORE_YEAR", Text.of(
                    "Ngày ký {0} trước năm thi đua {1}.", "Signed on {0}, before the {1} term began.")
                    .with(input.signedOn(), term.term().year), "signedOn");
        }
        CovenantSignature signature = new CovenantSignature();
        signature.covenant = covenant;
        signature.unit = units.findById(input.unitId());
        signature.signerName = input.signerName().trim();
        signature.signerTitle = input.signerTitle().trim();
        signature.signedOn = input.signedOn();
        signature.recordedBy = user.username();
        UniqueKeys.guard(covenants.getEntityManager(), () -> covenants.getEntityManager().persist(signature), Map.of(
                "uk_covenant_signature_unit", () -> DomainException.conflict("COVENANT_ALREADY_SIGNED", Text.of(
                        "{0} đã ký giao ước này; mỗi đơn vị ký một lần.", "{0} has signed this covenant; a unit signs once.")
                        .with(signature.unit))));
        audit.created(signature, signature.snapshot().map());
        List<CovenantSignature> signatures = covenants.signatures(covenant.id);
        if (missingUnits(term, signatures).isEmpty()) {
            covenant.signedOn = signatures.stream().map(s -> s.signedOn).max(Comparator.naturalOrder()).orElseThrow();
            transitions.move(lifecycle.of(), covenant, CovenantStatus.SIGNED, null);
        }
        return versionedSignature(term, signature);
    }

    @ReadOnly
    public Versioned<SignatureData> signature(Long id) {
        CovenantSignature signature = findSignature(id);
        return versionedSignature(access.of(signature.covenant.term), signature);
    }

    @Transactional
    public StoredFileData upload(Long id, CovenantDocumentKind kind, FileService.Upload upload, Long supersedes) {
        Found found = findForManage(id);
        covenants.getEntityManager().lock(found.covenant(), LockModeType.PESSIMISTIC_WRITE);
        return files.store(kind.fileKind(), found.covenant(), upload, supersedes);
    }

    @ReadOnly
    public List<StoredFileData> files(Long id) {
        Covenant covenant = find(id).covenant();
        return files.list(Covenant.ENTITY, covenant.id, CovenantDocumentKind.fileKinds());
    }

    /** The signed scan of a member's covenant page, by that member (or the Board). */
    @Transactional
    public StoredFileData uploadScan(Long signatureId, FileService.Upload upload, Long supersedes) {
        CovenantSignature signature = findSignature(signatureId);
        TermParty term = access.of(signature.covenant.term);
        term.requireActFor(signature.unit.id);
        TermGuard.requireOpen(term.term());
        covenants.getEntityManager().lock(signature, LockModeType.PESSIMISTIC_WRITE);
        return files.store(vn.thidua.common.files.FileKind.COVENANT_SIGNED_SCAN, signature, upload, supersedes);
    }

    @ReadOnly
    public List<StoredFileData> scans(Long signatureId) {
        CovenantSignature signature = findSignature(signatureId);
        return files.list(CovenantSignature.ENTITY, signature.id, vn.thidua.common.files.FileKind.COVENANT_SIGNED_SCAN);
    }

    /** A covenant the caller sees (its term in scope); 404 otherwise, as for a missing id. */
    Found find(Long id) {
        Covenant covenant = covenants.findFull(id).filter(c -> campaignService.sees(c.term))
                .orElseThrow(() -> DomainException.notFound("COVENANT_NOT_FOUND", Text.of("giao ước thi đua", "covenant")));
        return new Found(covenant, access.of(covenant.term));
    }

    CovenantSignature findSignature(Long id) {
        return covenants.signature(id).filter(s -> campaignService.sees(s.covenant.term))
                .orElseThrow(() -> DomainException.notFound("COVENANT_SIGNATURE_NOT_FOUND",
                        Text.of("chữ ký giao ước", "covenant signature")));
    }

    private Found findForManage(Long id) {
        Found found = find(id);
        found.term().requireManage();
        TermGuard.requireOpen(found.term().term());
        return found;
    }

    private static void requireDraft(Covenant covenant) {
        if (covenant.status != CovenantStatus.DRAFT) {
            throw DomainException.conflict("COVENANT_NOT_DRAFT", Text.of(
                    "Giao ước đang ở bước “{0}”; chỉ sửa, xóa được khi còn “{1}”.",
                    "The covenant is “{0}”; it can be changed or deleted only while “{1}”.")
                    .with(covenant.status, CovenantStatus.DRAFT));
        }
    }

    private void apply(Covenant covenant, CovenantInput input) {
        covenant.title = input.title().trim();
        covenant.clauses.clear();
        input.clauses().forEach(clause -> covenant.clauses.add(clause.trim()));
        Set<Campaign> linked = new LinkedHashSet<>();
        for (Long campaignId : input.campaignIds() == null ? List.<Long>of() : input.campaignIds()) {
            Campaign campaign = campaignService.findOptional(campaignId)
                    .filter(c -> c.term != null && Objects.equals(c.term.id, covenant.term.id))
                    .orElseThrow(() -> DomainException.rule("COVENANT_CAMPAIGN_NOT_OF_TERM", Text.of(
                            "Chỉ liên kết được phong trào của chính năm thi đua này.",
                            "Only the term's own campaigns can be linked."), "campaignIds"));
            linked.add(campaign);
        }
        covenant.campaigns.clear();
        covenant.campaigns.addAll(linked);
        covenant.documents.clear();
        if (input.documents() != null) {
            input.documents().forEach(d -> covenant.documents.add(d.toDocument()));
        }
    }

    private List<Unit> missingUnits(TermParty term, List<CovenantSignature> signatures) {
        Set<Long> missing = new HashSet<>(term.memberUnitIds());
        missing.removeAll(signatures.stream().map(s -> s.unit.id).collect(Collectors.toSet()));
        return missing.isEmpty() ? new ArrayList<>() : units.byIds(missing);
    }

    private void requireMatch(IfMatch ifMatch, Found found) {
        ifMatch.require(etags.of(toData(found).shared()));
    }

    private Versioned<CovenantData> versioned(Found found) {
        CovenantData data = toData(found);
        return etags.versioned(data, data.shared());
    }

    private Versioned<SignatureData> versionedSignature(TermParty term, CovenantSignature signature) {
        units.fetchNames(List.of(signature.unit));
        SignatureData data = toData(term, signature);
        return etags.versioned(data, data.shared());
    }

    private CovenantData toData(Found found) {
        Covenant c = found.covenant();
        TermParty term = found.term();
        List<CovenantSignature> signatures = c.id == null ? List.of() : covenants.signatures(c.id);
        List<Unit> missing = missingUnits(term, signatures);
        List<Unit> closedMissing = c.missingUnitIds.isEmpty() ? List.of() : units.byIds(c.missingUnitIds);
        List<Unit> named = new ArrayList<>(missing);
        named.addAll(closedMissing);
        signatures.forEach(s -> named.add(s.unit));
        units.fetchNames(named);
        LocalDate asOf = term.term().firstDay();
        boolean open = !term.term().isClosed();
        boolean manages = open && term.manages();
        Set<Long> signedUnits = signatures.stream().map(s -> s.unit.id).collect(Collectors.toSet());
        boolean canSign = open && c.status == CovenantStatus.CIRCULATED && !term.caller().isNational()
                && (term.ownMemberUnit().map(u -> !signedUnits.contains(u)).orElse(false)
                        || (term.isBoard() && !missing.isEmpty()));
        List<String> permissions = Permissions.builder()
                .allow("UPDATE", manages && c.status == CovenantStatus.DRAFT)
                .allow("DELETE", manages && c.status == CovenantStatus.DRAFT)
                .allow("CIRCULATE", manages && lifecycle.of().allows(c.status, CovenantStatus.CIRCULATED))
                .allow("CLOSE", manages && lifecycle.of().allows(c.status, CovenantStatus.SIGNED))
                .allow("UPLOAD_FILE", manages)
                .allow("SIGN", canSign)
                .list();
        return new CovenantData(c.id, term.termId(), term.term().bloc.name, term.term().year,
                provinces.ref(term.term().bloc.provinceId, null).code(), c.title, List.copyOf(c.clauses),
                c.campaigns.stream().map(CampaignRef::of).sorted(Comparator.comparing(CampaignRef::id)).toList(),
                c.documents.stream().map(CovenantDocumentData::of).toList(), c.status, c.signedOn, c.closedIncomplete,
                c.closedReason, refs(closedMissing, asOf), term.memberUnitIds().size(),
                signatures.stream().map(s -> toData(term, s)).toList(), refs(missing, asOf), c.version, permissions);
    }

    private SignatureData toData(TermParty term, CovenantSignature s) {
        boolean own = !term.term().isClosed() && term.actsFor(s.unit.id) && !term.caller().isNational();
        return new SignatureData(s.id, s.covenant.id, UnitRef.of(s.unit, term.term().firstDay()), s.signerName,
                s.signerTitle, s.signedOn, s.createdAt, Permissions.builder().allow("UPLOAD_SCAN", own).list());
    }

    private static List<UnitRef> refs(List<Unit> units, LocalDate asOf) {
        return units.stream().map(u -> UnitRef.of(u, asOf)).sorted(Comparator.comparing(UnitRef::name, VietnameseOrder.NAMES)).toList();
    }
}
