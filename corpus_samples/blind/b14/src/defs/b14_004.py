# b14-004  medicare  Prolastin-C Liquid billed J2252 (1 mg unit) JZ   GAP: dose 4,500 mg vs 61.2 kg (+22.5 %)
# Styles: (3) pharmacist clinical monitoring note (SOAP), (1) smart-pump event list (timestamped lines).

PHARM = """INFUSION PHARMACY - CLINICAL MONITORING NOTE (ALPHA1-PI)
Riverside Health Outpatient Infusion, Bay 2            Note date: 12/09/2025 11:05
Pharmacist: Mei-Lin Cho, PharmD          Patient: Brzezinski, Walter J (76 y M)   MRN RH-5518230
Attending/prescriber: Aaron Feld, MD (Pulmonary)

SUBJECTIVE
Pt states appetite "still poor", eating about half of meals; daughter says pants are loose.
No vomiting or diarrhea. Breathing at baseline. No reactions to prior infusions. Last dose
12/02/2025 tolerated.

OBJECTIVE
Weight today 61.2 kg (134.9 lb) - bed/chair scale, RN M. Ochoa, 09:12.
Weight history: 74.0 kg (06/03/2025, when current order written) -> 70.3 kg (09/15/2025 clinic)
-> 61.2 kg today. Loss 12.8 kg (-17.3%) in 6 months.
Albumin 3.1 g/dL (11/18/2025), prealbumin 14 mg/dL. SCr 1.12 mg/dL. IgA 96 mg/dL (2018).
Dx on file: alpha-1 antitrypsin deficiency, PI*ZZ, baseline AAT 5.2 uM; emphysema (CT 2020).
Current order (06/03/2025, Dr. Feld): Prolastin-C Liquid 4,500 mg IV once weekly
   [written as 60 mg/kg x 74 kg = 4,440 mg, rounded to vial combination 4,000 mg + 500 mg].

DOSE VERIFICATION
 Ordered dose: 4,500 mg.
 At today's weight: 60 mg/kg x 61.2 kg = 3,672 mg. Ordered dose = 73.5 mg/kg (+22.5% over
 label dose). Exceeds our +/-10% rounding policy (IP-22).
 Called Dr. Feld 09:30: aware of weight loss; prescriber directs to GIVE TODAY'S DOSE AS ORDERED
 (4,500 mg), as patient is being evaluated for weight loss and he wants one more week of
 trend; will re-write order after reviewing CT abdomen results. Read-back done.
 Dispensed: Prolastin-C Liquid 4,000 mg/80 mL vial, lot 26P4011, exp 01/2027
            Prolastin-C Liquid   500 mg/10 mL vial, lot 26P3902, exp 10/2026
 Visual: clear to slightly opalescent, colorless to pale yellow; no particles.
 Pooled 90 mL into empty bag at 09:41. Room-temperature time logged (removed from fridge 08:50).

ADMINISTRATION (post-infusion review 10:58, pump record and RN flowsheet)
 Administered: 4,500 mg (90 mL) alpha1-proteinase inhibitor, 10:06 to 10:24 (air-in-line alarm
 10:13, cleared in < 1 min). Both vials emptied; nothing discarded (0 mg waste).
 Billing: J2252 x 4500 units, JZ.
 Other meds given this visit: none. Home meds reviewed: tiotropium 2.5 mcg 2 inh daily,
 budesonide/formoterol 160/4.5 2 puffs BID, albuterol PRN, mirtazapine 7.5 mg HS (started 11/2025
 for appetite), apixaban 5 mg BID (AF), metoprolol succinate 25 mg daily.

ASSESSMENT
1. Dose/weight mismatch: 4,500 mg given = 73.5 mg/kg at current weight. Not a safety concern
   per label (no dose-limiting toxicity), but outside protocol and billing expectation.
2. Significant unintentional weight loss; workup ongoing (CT abdomen/pelvis ordered 12/05).
3. Apixaban 5 mg BID: meets 0 of 3 dose-reduction criteria today (age >= 80 no, wt <= 60 kg no
   [61.2], SCr >= 1.5 no) - monitor; if weight drops to 60 kg or below, 1 criterion only.

PLAN / RECOMMENDATIONS
 - Recommend new order at current weight: 60 mg/kg x 61.2 kg = 3,672 mg -> 3,500 mg
   (500 mg x 7 or 1,000 x 3 + 500) starting 12/16/2025, pending prescriber signature.
 - Weigh on the same chair scale every visit; notify pharmacy if change >= 5%.
 - Dietitian referral suggested to Dr. Feld.
Mei-Lin Cho, PharmD   12/09/2025 11:05
"""

PUMP = """IV INTEROPERABILITY - PUMP EVENT LOG (auto-program / auto-document)
Source: Alaris-class PC unit SN 8823-4471 | Riverside OP Infusion Bay 2 | gateway IVI-02
Patient: BRZEZINSKI, WALTER J   MRN RH-5518230   Encounter OPI-1209-0047
Filter: 12/09/2025 08:00 - 12:00       Printed 12/09/2025 11:02 by mochoa

2025-12-09 09:05:12  PC unit    POWER ON / self test pass
2025-12-09 09:07:40  Module A   ASSOCIATED to patient via barcode (wristband scan)
2025-12-09 09:08:02  Module A   PROGRAM  Sodium Chloride 0.9% 250 mL | Basic infusion | Rate 20 mL/h | VTBI 250 mL
2025-12-09 09:08:09  Module A   INFUSION STARTED  Sodium Chloride 0.9% | 20 mL/h
2025-12-09 09:52:31  Module B   ASSOCIATED to patient via barcode
2025-12-09 09:53:15  Module B   AUTO-PROGRAM RECEIVED from EHR order #44718820
                                Drug: Alpha-1 Proteinase Inhib (Prolastin-C Liquid) | Conc 50 mg/mL
                                Dose: 4500 mg | Rate 300 mL/h | VTBI 90 mL | Care area: ADULT INFUSION
2025-12-09 09:53:16  Module B   GUARDRAILS check: rate within limits (max 400 mL/h)
2025-12-09 09:53:40  Module B   PROGRAM CONFIRMED by RN (mochoa) - awaiting start
2025-12-09 10:06:18  Module B   INFUSION STARTED  Alpha-1 Proteinase Inhib (Prolastin-C Liquid) | 300 mL/h | VTBI 90 mL
2025-12-09 10:13:02  Module B   ALARM  Air in line downstream | vol infused 33.7 mL | channel stopped
2025-12-09 10:13:29  Module B   ALARM SILENCED / air cleared by RN
2025-12-09 10:13:40  Module B   RESTART  300 mL/h | remaining VTBI 56.3 mL
2025-12-09 10:24:56  Module B   INFUSION COMPLETE  vol infused 90.0 mL | dose infused 4500 mg
2025-12-09 10:24:56  Module B   KVO 1 mL/h
2025-12-09 10:27:33  Module B   CHANNEL OFF  total vol 90.0 mL
2025-12-09 10:27:50  Module B   DISASSOCIATED
2025-12-09 10:41:05  Module A   INFUSION STOPPED  Sodium Chloride 0.9% | vol infused 10.9 mL
2025-12-09 10:41:20  Module A   DISASSOCIATED
2025-12-09 10:42:01  PC unit    POWER OFF

DOCUMENTATION SENT TO EHR (IV flowsheet, Riverside EHR)
  10:06  Alpha-1 proteinase inhib  Start  300 mL/h            status: VERIFIED by mochoa 10:07
  10:13  Alpha-1 proteinase inhib  Stopped - alarm             status: VERIFIED by mochoa 10:14
  10:13  Alpha-1 proteinase inhib  Restart 300 mL/h           status: VERIFIED by mochoa 10:14
  10:24  Alpha-1 proteinase inhib  Complete  90 mL            status: VERIFIED by mochoa 10:26
  10:41  Sodium chloride 0.9%      Stop  10.9 mL              status: VERIFIED by mochoa 10:41

Event count 20. Alarms 1 (air in line). Overrides 0. Clock source: gateway NTP (drift 0 s).
Interpretation note: pump records times of the infusion events; the RN documents the
assessment, site and patient response separately in the nursing flowsheet.
Reviewed by: M. Ochoa, RN  11:02
- end of log -
"""

PN = """RIVERSIDE PULMONARY ASSOCIATES - FOLLOW-UP VISIT
09/15/2025   Aaron Feld, MD
Walter J. Brzezinski   DOB 04/11/1949   MRN RH-5518230

Subjective:
76M with alpha-1 antitrypsin deficiency (PI*ZZ, dx 2018 at age 69 when evaluated for
emphysema out of proportion to smoking history) on weekly Prolastin-C Liquid since 2018
(lyophilized Prolastin-C until 2023). Former smoker, quit 1994, 18 pack-years. Here for 3-month
visit. Breathing is about the same, no exacerbations since February 2024, no ED visits.
Does daily walks with his daughter. New issue: appetite down for about 2 months, weight
down. No dysphagia, no melena, no night sweats. AF on apixaban, rate controlled.

Meds: Prolastin-C Liquid 4,500 mg IV weekly (Riverside infusion); tiotropium; budesonide/
formoterol; albuterol PRN; apixaban 5 mg BID; metoprolol succinate 25 mg.

Vitals: BP 118/70, HR 72 irregular, SpO2 92% RA, Wt 70.3 kg (was 74.0 kg in June).

Exam: thin, no distress; hyperinflated chest, distant breath sounds; irregularly irregular;
no edema, no lymphadenopathy.

PFT (today): FEV1 0.92 L, 31% predicted; FEV1/FVC 0.36; DLCO 38%. 2024: FEV1 0.95 L (32%).
Labs: baseline AAT 5.2 uM (2018, nephelometry). CT chest 2020: severe panlobular emphysema
lower lobes, no mass.

A/P:
1. Alpha-1 antitrypsin deficiency, PI*ZZ, with severe emphysema/COPD: responding to augmentation
   with stable FEV1 (0.95 -> 0.92 L over a year) and no exacerbations in 19 months. Continue weekly
   Prolastin-C Liquid. Dose was set on June weight; infusion pharmacy to recheck dose against
   weight at each visit.
2. Unintentional weight loss 3.7 kg: CBC, CMP, TSH, albumin today; if continued loss, CT
   abdomen/pelvis and GI referral. Consider mirtazapine for appetite.
3. AF: continue apixaban/metoprolol.
Return 3 months.
Aaron Feld, MD  09/15/2025
"""

CHART = {
    "chart_id": "b14-004",
    "date_of_service": "2025-12-09",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 4500, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-12-09", "text": PHARM},
        {"id": "d2", "type": "infusion_record", "date": "2025-12-09", "text": PUMP},
        {"id": "d3", "type": "progress_note", "date": "2025-09-15", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-004",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "conflict", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "alpha-1 antitrypsin deficiency, PI*ZZ, baseline"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "(PI*ZZ, dx 2018"},
        {"kind": "serum_aat", "value": 5.2, "unit": "uM", "_ev": "baseline AAT 5.2 uM"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "severe panlobular emphysema"},
        {"kind": "lung_disease", "value": "copd", "_ev": "severe emphysema/COPD"},
        {"kind": "fev1", "value": 31, "_ev": "FEV1 0.92 L, 31% predicted"},
        {"kind": "fev1", "value": 32, "_ev": "FEV1 0.95 L (32%)"},
        {"kind": "smoking_status", "value": "former", "_ev": "Former smoker, quit 1994"},
        {"kind": "weight", "value": 61.2, "unit": "kg", "value_kg": 61.2, "_ev": "Weight today 61.2 kg (134.9 lb)"},
        {"kind": "weight", "value": 74.0, "unit": "kg", "value_kg": 74.0, "_ev": "74.0 kg (06/03/2025"},
        {"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3, "_ev": "Wt 70.3 kg"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid", "_ev": "Prolastin-C Liquid 4,000 mg/80 mL vial"},
        {"kind": "drug_product", "value": "Prolastin-C", "_ev": "(lyophilized Prolastin-C until 2023)"},
        {"kind": "dose", "value": 4500, "_ev": "Administered: 4,500 mg (90 mL)"},
        {"kind": "wastage", "value": 0, "_ev": "nothing discarded (0 mg waste)"},
        {"kind": "lot_number", "value": "26P4011", "_ev": "lot 26P4011"},
        {"kind": "lot_number", "value": "26P3902", "_ev": "lot 26P3902"},
        {"kind": "expiration_date", "value": "2027-01", "_ev": "exp 01/2027"},
        {"kind": "expiration_date", "value": "2026-10", "_ev": "exp 10/2026"},
        {"kind": "infusion_start", "value": "10:06", "_ev": "10:06:18  Module B   INFUSION STARTED"},
        {"kind": "infusion_end", "value": "10:24", "_ev": "10:24:56  Module B   INFUSION COMPLETE"},
        {"kind": "response_to_therapy", "_ev": "responding to augmentation"},
    ],
    "notes": (
        "One gap: weight nearest DOS is 61.2 kg (measured today); 60 x 61.2 = 3,672 mg; 4,500 mg given is "
        "+22.5 % -> dose_matches_weight conflict. The order weight 74.0 kg (06/2025) and clinic 70.3 kg are "
        "older historical weights. The pharmacist's 'proceed as ordered' call does not fix the mismatch. "
        "Traps: 4,440 mg and 3,672 mg calculations, proposed 3,500 mg from 12/16 (plan), apixaban dose "
        "thresholds (60 kg hypothetical), pump 'AUTO-PROGRAM ... Dose: 4500 mg' (program), pump "
        "Start 10:06 / Complete 10:24 vs restart 10:13, KVO, channel off, NS stop 10:41, fridge 08:50, pooling "
        "09:41, phone 09:30. Historical lyophilized Prolastin-C is a second product (J2252 covers both). "
        "J2252 is treated as the 1 mg A1PI code per the guide; 4500 units = ceil(4500/1)."
    ),
}

ARITH = {
    "weight_kg": 61.2, "weight_source": "d1 measured DOS 09:12",
    "dose_mg": 4500, "target_mg": 3672.0, "pct_diff": 22.55,
    "code": "J2252", "bu_mg": 1, "units_expected": 4500, "units_billed": 4500,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [
        {"lot": "26P4011", "exp": "2027-01", "dos": "2025-12-09", "expired": False},
        {"lot": "26P3902", "exp": "2026-10", "dos": "2025-12-09", "expired": False},
    ],
    "lb_check": "61.2 kg = 134.9 lb",
    "dos_product": "Prolastin-C Liquid",
    "response_in_progress_note": True,
    "infusion": {"start": "10:06", "end": "10:24"},
}
