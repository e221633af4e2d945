/** A size in bytes as the build's log lines give it: kilobytes of 1,024 bytes, to a tenth. */
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
