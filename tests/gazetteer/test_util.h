// Helpers for gazetteer and tagger tests: write a small TSV to a temp file.
#ifndef NEWSGRAPH_TESTS_GAZETTEER_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_GAZETTEER_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <string>

namespace newsgraph::testing_util {

inline std::string WriteTemp(const std::string& name, const std::string& content) {
  // Per process: ctest runs the tests of one fixture in parallel processes,
  // which must not rewrite each other's files.
  std::string path = ::testing::TempDir() + "/" + std::to_string(::getpid()) + "-" + name;
  std::ofstream out(path, std::ios::binary);
  out << content;
  return path;
}

// A small world: enough entries to exercise every matching rule.
inline const char* kSmallGazetteer =
    "id\ttype\tname\taliases\tacronyms\tdemonyms\tcapitals\tambiguous\tshortforms\n"
    "country:USA\tCOUNTRY\tUnited States\tUnited States of "
    "America|America\tUS|USA\tAmerican\tWashington\tWashington\t\n"
    "country:PRK\tCOUNTRY\tNorth Korea\tDemocratic People's Republic of Korea\tDPRK\tNorth "
    "Korean\tPyongyang\t\tthe North\n"
    "country:KOR\tCOUNTRY\tSouth Korea\tRepublic of Korea\tROK\tSouth Korean\tSeoul\t\t\n"
    "country:RUS\tCOUNTRY\tRussia\tRussian Federation\t\tRussian\tMoscow\t\t\n"
    "country:JOR\tCOUNTRY\tJordan\tHashemite Kingdom of Jordan\t\tJordanian\tAmman\tJordan\t\n"
    "country:TUR\tCOUNTRY\tTurkey\tTürkiye\t\tTurkish\tAnkara\tTurkey\t\n"
    "org:un\tORG\tUnited Nations\t\tUN\t\t\t\t\n"
    "org:un-security-council\tORG\tUnited Nations Security Council\tUN Security Council|Security "
    "Council\tUNSC\t\t\t\t\n"
    "org:eu\tORG\tEuropean Union\t\tEU\t\t\t\t\n";

inline const char* kSmallPeople =
    "id\ttype\tname\taliases\trole\taffiliation\tstart\tend\n"
    "person:josep-borrell\tPERSON\tJosep Borrell\tJosep Borrell Fontelles\tHigh "
    "Representative\torg:eu\t2019-12-01\t2024-11-30\n"
    "person:josep-borrell\tPERSON\tJosep Borrell\t\tForeign Minister\tcountry:ESP\t2018\t2019\n"
    "person:recep-tayyip-erdogan\tPERSON\tRecep Tayyip "
    "Erdoğan\tErdogan\tPresident\tcountry:TUR\t2014-08-28\t\n"
    "person:yoon-suk-yeol\tPERSON\tYoon Suk "
    "Yeol\t\tPresident\tcountry:KOR\t2022-05-10\t2025-04-04\n";

}  // namespace newsgraph::testing_util

#endif  // NEWSGRAPH_TESTS_GAZETTEER_TEST_UTIL_H_
