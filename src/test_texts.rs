//! Whole real articles for the unit tests that check a fast path against
//! the full parser at every position of real text: the seeds and every
//! cluster article of ../shared/bench/clusters.

/// The text of each seed and cluster article (`.txt` files).
pub fn articles() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let clusters = std::fs::read_dir(format!("{root}/../shared/bench/clusters")).expect("../shared/bench/clusters");
    let cluster_dirs = clusters.map(|c| c.expect("a cluster").path()).filter(|p| p.is_dir());
    let cluster_files = cluster_dirs.flat_map(|dir| std::fs::read_dir(dir).expect("a cluster's files"));
    let seeds = std::fs::read_dir(format!("{root}/seeds")).expect("seeds/");
    seeds
        .chain(cluster_files)
        .map(|entry| entry.expect("an article").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| std::fs::read_to_string(path).expect("an article's text"))
        .collect()
}
