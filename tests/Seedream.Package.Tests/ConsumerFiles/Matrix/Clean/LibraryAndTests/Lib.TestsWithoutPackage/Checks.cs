namespace Lib.TestsWithoutPackage
{
    // Sees the library's internals; gets the package only through the library.
    public static class Checks
    {
        public static object Wide() => Lib.Requests.Wide("a");
    }
}
