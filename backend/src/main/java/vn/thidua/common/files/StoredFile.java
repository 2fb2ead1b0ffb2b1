package vn.thidua.common.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.common.persistence.Timestamped;

/** A stored file's description (created = uploaded; updated when superseded); the content lives in the {@link FileStore} under {@link #storageKey}. */
@Entity
@Table(name = "stored_file")
public class StoredFile extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FileKind kind;

    @Column(name = "owner_type", nullable = false)
    public String ownerType;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(name = "storage_key", nullable = false)
    public String storageKey;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "original_name", nullable = false)
    public String originalName;

    @Column(name = "superseded_by")
    public Long supersededBy;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Version
    public long version;
}
