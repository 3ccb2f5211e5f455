#include "pipeline/evaluate.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "export/json_writer.h"
#include "pipeline/ingest.h"
#include "store/store.h"

namespace newsgraph::pipeline {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kGoldSuffix = ".gold.json";

Status ScoreOne(const Engine& engine, const std::string& gold_path, const EvaluateOptions& options,
                const std::string& work_dir, eval::Totals* totals) {
  nlohmann::json gold;
  NG_RETURN_IF_ERROR(eval::LoadJsonFile(gold_path, &gold));
  std::string stem = fs::path(gold_path).filename().string();
  stem = stem.substr(0, stem.size() - kGoldSuffix.size());
  std::string document = gold.contains("document") && gold["document"].is_string()
                             ? gold["document"].get<std::string>()
                             : stem + ".txt";
  std::string text_path = (fs::path(options.texts_dir) / document).string();
  std::ifstream in(text_path, std::ios::binary);
  if (!in) return Status::NotFound(gold_path + ": document text " + text_path + " not found");
  std::ostringstream buf;
  buf << in.rdbuf();

  std::string db_path = (fs::path(work_dir) / (stem + ".db")).string();
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_path + suffix, ec);
  std::unique_ptr<store::Store> store;
  NG_RETURN_IF_ERROR(store::Store::Open(db_path, store::StoreOptions(), &store));
  NG_RETURN_IF_ERROR(IngestText(engine, store.get(), document, buf.str(), IngestOptions()));
  model::Graph graph;
  NG_RETURN_IF_ERROR(store->LoadGraph(model::GraphFilter(), &graph));
  store.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_path + suffix, ec);

  std::ostringstream json_text;
  exporter::WriteJson(graph, exporter::JsonOptions(), json_text);
  if (!options.graphs_dir.empty()) {
    std::ofstream out(fs::path(options.graphs_dir) / (stem + ".json"), std::ios::binary);
    out << json_text.str();
    if (!out) return Status::IOError(options.graphs_dir + ": cannot write " + stem + ".json");
  }
  nlohmann::json graph_json = nlohmann::json::parse(json_text.str());
  eval::DocScore score;
  NG_RETURN_IF_ERROR(eval::ScoreDocument(gold, graph_json, gold_path, stem + ".json", &score));
  totals->Add(score, stem);
  return Status::OK();
}

}  // namespace

Status Evaluate(const Engine& engine, const std::string& gold, const EvaluateOptions& options,
                eval::Totals* totals) {
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(gold, ec)) {
    for (const auto& de : fs::directory_iterator(gold, ec)) {
      std::string name = de.path().filename().string();
      if (name.size() > kGoldSuffix.size() && name.ends_with(kGoldSuffix))
        files.push_back(de.path().string());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::NotFound(gold + ": no *.gold.json files");
  } else if (fs::exists(gold, ec)) {
    if (!gold.ends_with(kGoldSuffix))
      return Status::InvalidArgument(gold + ": expected a NAME.gold.json file");
    files.push_back(gold);
  } else {
    return Status::NotFound(gold + ": no such gold file or directory");
  }
  if (!options.graphs_dir.empty()) fs::create_directories(options.graphs_dir, ec);
  std::string work = options.work_dir;
  if (work.empty()) {
    work = (fs::temp_directory_path(ec) / ("newsgraph-eval-" + std::to_string(getpid()))).string();
  }
  fs::create_directories(work, ec);
  if (ec) return Status::IOError(work + ": cannot create scratch directory: " + ec.message());
  Status result;
  for (const std::string& f : files) {
    result = ScoreOne(engine, f, options, work, totals);
    if (!result.ok()) break;
  }
  if (options.work_dir.empty()) fs::remove_all(work, ec);
  return result;
}

}  // namespace newsgraph::pipeline
