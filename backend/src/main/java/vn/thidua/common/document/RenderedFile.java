package vn.thidua.common.document;

/** A generated document (PDF, XLSX) and the name it is downloaded under; sent by {@code Responses.attachment}. */
public record RenderedFile(String fileName, byte[] bytes) {
}
