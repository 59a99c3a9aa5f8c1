import Covenant
import CovenantFormat

extension StatementWriter {
    /// The month day by day: counted downtime, maintenance excluded and
    /// counted, and incidents that did not count, each mark labelled with its event.
    func timeline() -> StatementDocument.Timeline {
        let availability = statement.availability
        let service = availability.period.service
        var marks: [StatementDocument.Mark] = []
        for entry in availability.maintenance {
            let event = entry.classification.event
            let label = "\(event.id): \(event.title) (\(entry.classification.reasonWords))"
            marks += self.marks(entry.classification.excluded.intersection(service), .excluded, label)
            let counted = entry.classification.downtime.intersection(service).subtracting(availability.excluded)
            marks += self.marks(counted, .maintenanceDown, label)
        }
        for entry in availability.incidents {
            let incident = entry.incident
            let end = incident.end ?? max(availability.period.monthRange.upperBound, incident.start)
            let own = IntervalSet([incident.start..<end]).intersection(service)
            let label = "\(incident.id): \(incident.title) (\(incident.cause.rawValue))"
            if incident.counts {
                marks += self.marks(own.subtracting(availability.excluded), .down, label)
            } else {
                marks += self.marks(own, .notCounted, label)
            }
        }
        return StatementDocument.Timeline(days: days(), marks: marks)
    }

    /// Every day of the month, in service or not.
    func days() -> [StatementDocument.Day] {
        let month = statement.month, zone = statement.contract.zone
        let service = statement.availability.period.service
        var dayEnd: Int64?
        return (1...month.numberOfDays).compactMap { day in
            guard let date = LocalDate(year: month.year, month: month.month, day: day) else {
                dayEnd = nil
                return nil
            }
            // Each day starts where the one before ended.
            let start = dayEnd ?? zone.startOfDay(date)
            let end = zone.startOfDay(date.adding(days: 1))
            dayEnd = end
            let inService = service.intervals.contains { max($0.lowerBound, start) < min($0.upperBound, end) }
            return StatementDocument.Day(day: day, weekday: date.isoWeekday, inService: inService)
        }
    }

    /// The pieces of a set of instants, split at local midnights, as marks on
    /// the days of the month they fall on.
    func marks(_ set: IntervalSet, _ kind: StatementDocument.Mark.Kind, _ label: String) -> [StatementDocument.Mark] {
        let zone = statement.contract.zone
        var marks: [StatementDocument.Mark] = []
        for interval in set.intervals {
            var cursor = interval.lowerBound
            while cursor < interval.upperBound {
                let (date, time) = zone.local(cursor)
                let dayEnd = zone.startOfDay(date.adding(days: 1))
                let pieceEnd = min(interval.upperBound, dayEnd)
                let to = pieceEnd == dayEnd ? 86_400 : zone.local(pieceEnd).time.seconds
                if LocalMonth(date) == statement.month {
                    marks.append(StatementDocument.Mark(
                        day: date.day, from: time.seconds, to: max(to, time.seconds), kind: kind, label: label))
                }
                cursor = max(pieceEnd, cursor + 1)
            }
        }
        return marks
    }
}
