//! CLI snapshots (trycmd): every output format, exit code and option on the
//! seeds and real clusters, as Markdown pages in tests/cmd/ that show the
//! command and exactly what it prints. After an intended change of output,
//! `TRYCMD=overwrite cargo test --test cli_snapshots` rewrites them; review
//! the diff before committing.

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new()
        .register_bin("crosscheck", std::path::Path::new(env!("CARGO_BIN_EXE_crosscheck")))
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.md");
}
