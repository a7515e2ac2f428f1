/** The lazy dataset layout: manifest, mention columns, text shards (docs/dataset-layout.md). */
export { Checksum, checksum } from './checksum.ts';
export {
  BYTES_PER_MENTION, COLUMN_NAMES, ColumnBuilder, NO_DAY, columnsLength, decodeColumns, emptyColumns, encodeColumns, setMention,
  type MentionColumns,
} from './columns.ts';
export {
  LAYOUT_FILES, LAYOUT_FORMAT, LAYOUT_VERSION, SHARD_DIR, manifestSchema, parseManifest,
  type FileEntry, type Manifest, type ShardEntry,
} from './manifest.ts';
export { checkBytes, decodeShard, encodeShard } from './shards.ts';
export { articleMetaSchema, readLayout, readManifest, type ArticleMeta, type FetchBytes, type LayoutData } from './layout.ts';
export { ShardTexts, type TextHolder } from './texts.ts';
