// Stand-in guard runner for the synthesized-JSON goldens (never run).
