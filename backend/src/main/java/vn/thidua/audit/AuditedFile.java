package vn.thidua.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.thidua.common.files.StoredFile;

/** A stored file as the audit trail sees it: a StoredFile in the province of the record that owns it. */
public record AuditedFile(Long id, Audited owner) implements Audited {

    public static final String ENTITY = "StoredFile";

    @Override
    public String auditType() {
        return ENTITY;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public Long auditProvinceId() {
        return owner.auditProvinceId();
    }

    /** The fields an upload's audit event records. */
    public static Map<String, Object> snapshot(StoredFile file) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", file.kind.name());
        values.put("owner", file.ownerType + " " + file.ownerId);
        values.put("name", file.originalName);
        values.put("mediaType", file.mediaType);
        values.put("size", file.sizeBytes);
        values.put("sha256", file.sha256);
        return values;
    }
}
