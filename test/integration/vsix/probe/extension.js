// The probe contributes nothing; it exists so its tests (run.js) can run in the extension host.
exports.activate = () => {};
exports.deactivate = () => {};
