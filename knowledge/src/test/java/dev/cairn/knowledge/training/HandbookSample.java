package dev.cairn.knowledge.training;

import java.util.List;

/** A small handbook of one-topic passages, for making training questions in tests. */
public final class HandbookSample {
    public static final List<String> PASSAGES = List.of(
            "Employees accrue four hours of annual leave every pay period during their first three years.",
            "Up to 240 hours of annual leave carry over into the next leave year; the rest is forfeited.",
            "Jury duty is recorded as court leave and does not reduce vacation balances.",
            "The per diem for meals covers breakfast, lunch and dinner on travel days.",
            "Hotel receipts must be uploaded within five business days after returning from travel.",
            "Visitor badges are printed at the front desk of the headquarters building.",
            "Laptops are encrypted with full disk encryption before they are handed to staff.",
            "Security incidents must be reported to the response team within one hour of discovery.",
            "New hires choose their health insurance plan within sixty days of starting.",
            "The employee assistance program offers six free counseling sessions each year.",
            "Remote workers receive a monthly stipend for internet service and phone bills.",
            "Performance reviews happen twice a year, in spring and in autumn, with written goals.",
            "Parking permits for the garage are issued by the facilities office on request.",
            "Expense reports above five hundred dollars need approval from a division director.",
            "Public transit benefits reimburse subway and bus passes up to the federal monthly limit.",
            "Conference room bookings are made through the shared calendar system by any employee.",
            "Software purchases require a security review and a license compliance check first.",
            "Departing employees return badges, laptops and phones to the property custodian.",
            "Overtime must be approved in advance by a supervisor through the timekeeping system.",
            "Training courses are funded from the professional development budget of each team.");

    private HandbookSample() {
    }
}
