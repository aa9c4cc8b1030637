namespace NoCompileAssets
{
    internal static class Empty
    {
    }
}
