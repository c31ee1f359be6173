/**
 * Files received from and sent to the portals.
 *
 * <ul>
 *   <li>{@link io.github.bpsconnector.core.file.ContentDisposition}: parses the header (RFC 6266, RFC 5987
 *       {@code filename*}); the name it yields is untrusted.</li>
 *   <li>{@link io.github.bpsconnector.core.file.SafeFileName} and
 *       {@link io.github.bpsconnector.core.file.TargetFolder}: make an untrusted name safe on Linux and Windows,
 *       keep it inside the target folder, never replace an existing file.</li>
 *   <li>{@link io.github.bpsconnector.core.file.FileDownloader}: streamed downloads with a size cap, SHA-256,
 *       an atomic move and optional resume, giving a {@link io.github.bpsconnector.core.file.Download}.</li>
 *   <li>{@link io.github.bpsconnector.core.file.UploadFile} and
 *       {@link io.github.bpsconnector.core.file.MultipartUpload}: check a file before it is sent (exists, size,
 *       magic bytes of a {@link io.github.bpsconnector.core.file.FileType}) and stream it from disk with
 *       progress.</li>
 * </ul>
 */
package io.github.bpsconnector.core.file;
