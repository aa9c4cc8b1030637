namespace GlobalReference
{
    internal static class Empty
    {
    }
}
