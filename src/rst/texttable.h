// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <memory_resource>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace specwright::rst
{

// A hash table from text to a small value, for a document's ids and names:
// open addressing over one array in a memory resource (the document's
// arena), so that an entry costs no allocation of its own and the table
// needs no walk to go away. The keys are views: their text must outlive the
// table (Document::keep() puts it in the same arena).
template <typename Value>
requires std::is_trivially_destructible_v<Value> && std::is_default_constructible_v<Value>
class TextTable final
{
public:
    explicit TextTable(std::pmr::memory_resource *resource)
        : m_slots(resource)
    {
    }

    std::size_t size() const { return m_used; }
    bool contains(std::string_view key) const { return find(key) != nullptr; }

    // The value of key, or null.
    const Value *find(std::string_view key) const
    {
        if (m_used == 0)
            return nullptr;
        const std::size_t hash = std::hash<std::string_view>()(key);
        const std::size_t i = slotOf(key, hash);
        return m_slots[i].used ? &m_slots[i].value : nullptr;
    }
    Value *find(std::string_view key) { return const_cast<Value *>(std::as_const(*this).find(key)); }

    // Sets the value of key, adding key when it is missing; returns whether
    // it was added.
    bool set(std::string_view key, Value value)
    {
        if (2 * (m_used + 1) > m_slots.size())
            grow();
        const std::size_t hash = std::hash<std::string_view>()(key);
        Slot &slot = m_slots[slotOf(key, hash)];
        slot.value = value;
        if (slot.used)
            return false;
        slot.key = key;
        slot.hash = hash;
        slot.used = true;
        ++m_used;
        return true;
    }

    void erase(std::string_view key)
    {
        if (m_used == 0)
            return;
        const std::size_t mask = m_slots.size() - 1;
        std::size_t hole = slotOf(key, std::hash<std::string_view>()(key));
        if (!m_slots[hole].used)
            return;
        // Linear probing keeps no tombstones: later entries of the same
        // run move back into the hole unless their home is past it.
        for (std::size_t next = (hole + 1) & mask; m_slots[next].used; next = (next + 1) & mask) {
            const std::size_t home = m_slots[next].hash & mask;
            const bool staysBehindHole = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next);
            if (staysBehindHole)
                continue;
            m_slots[hole] = m_slots[next];
            hole = next;
        }
        m_slots[hole] = Slot {};
        --m_used;
    }

private:
    struct Slot {
        std::string_view key;
        std::size_t hash = 0;
        bool used = false;
        Value value {};
    };

    // The slot holding key, or the free slot where it would go.
    std::size_t slotOf(std::string_view key, std::size_t hash) const
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        while (m_slots[i].used && (m_slots[i].hash != hash || m_slots[i].key != key))
            i = (i + 1) & mask;
        return i;
    }

    void grow()
    {
        std::pmr::vector<Slot> old(m_slots.size() < 32 ? 32 : 2 * m_slots.size(), m_slots.get_allocator());
        old.swap(m_slots);
        for (const Slot &slot : old)
            if (slot.used)
                m_slots[slotOf(slot.key, slot.hash)] = slot;
    }

    std::pmr::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

} // namespace specwright::rst
