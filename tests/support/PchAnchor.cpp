// The test programs' shared precompiled headers are built with this
// program's flags (cmake/PrecompiledHeaders.cmake); it is never run.
int main()
{
    return 0;
}
