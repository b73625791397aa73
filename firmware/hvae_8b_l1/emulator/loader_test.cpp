// loader_test: open emulator libraries by version name, all in one process, the way an
// experiment's framework does, and check each bit for bit on its test vectors (part of bead-fpga).
//
//   loader_test LIBDIR VERSION VECTORS [VERSION VECTORS ...]
//
// loads LIBDIR/VERSION.so (dlopen, RTLD_LOCAL) for every VERSION first, then runs each on
// VECTORS/hw_inputs.dat (one event per line: the hardware-unit integers) through the
// create_model / prepare_input / predict / read_result interface and through the batch entry
// point on 1 and 4 threads, and compares every score with VECTORS/expected_scores.dat (the
// quantized model's raw fixed-point integers). Exit 0: all exact; 1: a mismatch; 2: bad input.
#include <dlfcn.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bead_emulator.h"

namespace {

typedef void predict_batch_t(const int32_t*, int64_t, int, int64_t*, double*);

struct Library {
    std::string version;
    void* handle = nullptr;
    create_model_t* create = nullptr;
    destroy_model_t* destroy = nullptr;
    predict_batch_t* predict_batch = nullptr;
    int n_features = 0;
    int frac_bits = 0;
    std::vector<int32_t> inputs;
    std::vector<int64_t> expected;
};

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    std::fprintf(stderr, "loader_test: error: %s: %s\n", where.c_str(), what.c_str());
    std::exit(2);
}

void* symbol(Library& lib, const char* name) {
    void* s = dlsym(lib.handle, name);
    if (s == nullptr) fail(lib.version, std::string("no symbol ") + name + "; not a bead-fpga emulator library");
    return s;
}

template <typename T>
std::vector<T> read_numbers(const std::string& path, size_t per_line) {
    std::ifstream in(path);
    if (!in) fail(path, "cannot read the test vectors");
    std::vector<T> values;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        size_t n = 0;
        for (long long v; fields >> v; n++) values.push_back(static_cast<T>(v));
        if (n != per_line) fail(path, "a line with " + std::to_string(n) + " values, expected " + std::to_string(per_line));
    }
    return values;
}

Library open(const std::string& libdir, const std::string& version, const std::string& vectors) {
    Library lib;
    lib.version = version;
    const std::string path = libdir + "/" + version + ".so";
    lib.handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (lib.handle == nullptr) fail(path, dlerror());
    lib.create = reinterpret_cast<create_model_t*>(symbol(lib, "create_model"));
    lib.destroy = reinterpret_cast<destroy_model_t*>(symbol(lib, "destroy_model"));
    lib.predict_batch = reinterpret_cast<predict_batch_t*>(symbol(lib, "bead_emulator_predict"));
    const char* name = reinterpret_cast<const char* (*)()>(symbol(lib, "bead_emulator_version"))();
    if (version != name) fail(path, std::string("the library is version ") + name);
    lib.n_features = reinterpret_cast<int (*)()>(symbol(lib, "bead_emulator_n_features"))();
    lib.frac_bits = reinterpret_cast<int (*)()>(symbol(lib, "bead_emulator_frac_bits"))();
    lib.inputs = read_numbers<int32_t>(vectors + "/hw_inputs.dat", lib.n_features);
    lib.expected = read_numbers<int64_t>(vectors + "/expected_scores.dat", 1);
    if (lib.inputs.size() != lib.expected.size() * lib.n_features) fail(vectors, "inputs and expected scores differ in event count");
    return lib;
}

// Events whose score differs from the expected one, through the CMS-style interface.
size_t interface_mismatches(const Library& lib) {
    bead_emulator::Model* model = lib.create();
    size_t bad = 0;
    for (size_t i = 0; i < lib.expected.size(); i++) {
        model->prepare_input(static_cast<const int32_t*>(&lib.inputs[i * lib.n_features]));
        model->predict();
        bead_emulator::Score score{};
        model->read_result(&score);
        const bool exact = score.raw == lib.expected[i] && score.frac_bits == lib.frac_bits &&
                           score.value == std::ldexp(static_cast<double>(score.raw), -score.frac_bits);
        if (!exact && bad++ == 0)
            std::printf("%s: event %zu: score %lld, expected %lld (LSB 2^-%d)\n", lib.version.c_str(), i,
                        static_cast<long long>(score.raw), static_cast<long long>(lib.expected[i]), lib.frac_bits);
    }
    lib.destroy(model);
    return bad;
}

size_t batch_mismatches(const Library& lib, int threads) {
    const size_t n = lib.expected.size();
    std::vector<int64_t> raw(n);
    std::vector<double> value(n);
    lib.predict_batch(lib.inputs.data(), static_cast<int64_t>(n), threads, raw.data(), value.data());
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) bad += raw[i] != lib.expected[i];
    return bad;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4 || (argc - 2) % 2 != 0) {
        std::fprintf(stderr, "usage: loader_test LIBDIR VERSION VECTORS [VERSION VECTORS ...]\n");
        return 2;
    }
    std::vector<Library> libs;
    for (int a = 2; a < argc; a += 2) libs.push_back(open(argv[1], argv[a], argv[a + 1]));
    bool all_exact = true;
    for (const Library& lib : libs) {
        const size_t n = lib.expected.size();
        const size_t bad[] = {interface_mismatches(lib), batch_mismatches(lib, 1), batch_mismatches(lib, 4)};
        std::printf("%s: %zu events; bit-exact: interface %zu, batch 1 thread %zu, batch 4 threads %zu\n",
                    lib.version.c_str(), n, n - bad[0], n - bad[1], n - bad[2]);
        all_exact = all_exact && bad[0] == 0 && bad[1] == 0 && bad[2] == 0;
    }
    std::printf("%zu libraries loaded side by side: %s\n", libs.size(), all_exact ? "all bit-exact" : "MISMATCH");
    for (Library& lib : libs) dlclose(lib.handle);
    return all_exact ? 0 : 1;
}
