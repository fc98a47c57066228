# b17-007: medicaid. Specialty-pharmacy dispensing/delivery ticket with claim lines, Medicaid PA approval letter,
# and a home-infusion nursing visit note in prose (times in running text, 12-hour clock). Gaps: no weight anywhere
# (home scale broken), and the vials used came from an older box whose lot expired 12/2025.

D1 = """SUMMIT SPECIALTY PHARMACY & HOME INFUSION - DISPENSING RECORD / DELIVERY TICKET
Ticket #: DT-0209-118472        Ship date: 02/09/2026        Delivery: courier, signature required
Patient: OKONKWO-BAPTISTE, REGINALD A     DOB: 07/19/1963     Medicaid ID: 1029937741
Address: 418 Larchmont Ct, Apt 2, Dayton OH 45405     Phone: 937-555-0172
Prescriber: Anneliese Vukovic, MD (Pulmonology)     NPI 1073391628

Rx #: 7715203   Written: 08/14/2025   Refills: 11 (weekly x 52)
Drug: ARALAST NP (alpha-1 proteinase inhibitor, human) 1 g single-dose vial with diluent
Sig: Infuse 4,000 mg IV once weekly by home infusion RN, max rate 0.08 mL/kg/min
Dosing weight: ___          Weight date: ___
Qty dispensed: 4 vials (1 week)     NDC 00944-2815-02
Lot: LE2231CD    Exp: 11/30/2026   (pharmacist verification: M. Sandoval, RPh 02/09/2026 14:10)
Supplies: Mix2Vial transfer devices x4, 250 mL empty bag x1, admin set with 0.22 micron filter, NS flush 10 mL x6,
          heparin 100 units/mL 5 mL x2, 24 g catheters x3, anaphylaxis kit (EpiPen 0.3 mg x2, diphenhydramine
          50 mg/mL x1)
Storage: Refrigerate 2-8 C; may be kept at room temperature up to 25 C. Do not freeze.
Nursing: Summit Home Infusion RN visit scheduled 02/11/2026 1:00 PM (S. Delacroix RN)

BILLING (Ohio Medicaid MCO - Buckeye Community Health Plan)          PA #: MA-26-0044718
  Line  DOS         HCPCS   Mod   Units   Description
  1     02/11/2026  J0256   JZ    400     Inj alpha 1-PI (human) NOS, 10 mg  (4,000 mg)
  2     02/11/2026  S9346         1       Home infusion per diem, A1PI
  3     02/11/2026  99601         1       Home infusion nursing visit, up to 2 h
Received by: ________________  (signature on courier device 02/10/2026 10:52)
"""

D2 = """BUCKEYE COMMUNITY HEALTH PLAN (Ohio Medicaid Managed Care)
Medical Management - Pharmacy Prior Authorization

Date: 08/20/2025
To: Anneliese Vukovic, MD, Miami Valley Lung Associates   Fax 937-555-0190
Re: REGINALD A OKONKWO-BAPTISTE   Medicaid ID 1029937741   DOB 07/19/1963

AUTHORIZATION APPROVED
PA number: MA-26-0044718
Service: Aralast NP (alpha-1 proteinase inhibitor), HCPCS J0256 (10 mg per unit), up to 400 units per week, with
home infusion per diem S9346 and nursing visits 99601 through Summit Specialty Pharmacy & Home Infusion.
Effective: 08/25/2025   Expires: 08/24/2026
Diagnosis on request: E88.01; J43.2; J44.9
Tracking #: 25-08-20-1173 (not an authorization number)

Submitted clinical summary accepted as meeting Ohio Medicaid criteria for A1PI: severe deficiency genotype
(PI*ZZ), serum AAT below 11 umol/L, emphysema on CT, non-smoker for more than 6 months, FEV1 documented.
Renewal requires prescriber documentation of response and continued non-smoking.

Questions: 1-866-555-0147, option 4.
"""

D3 = """SUMMIT HOME INFUSION - NURSING VISIT NOTE
Patient: Reginald A. Okonkwo-Baptiste     DOB 07/19/1963     Visit: 02/11/2026     Visit #: 25 of 52
Therapy: Aralast NP 4,000 mg IV weekly (Rx 7715203)          PA: MA-26-0044718
Diagnoses: Alpha-1 antitrypsin deficiency (E88.01), PI*ZZ; centrilobular and panlobular emphysema (J43.2);
COPD (J44.9)
RN: Solange Delacroix, RN

I arrived at 12:55 PM. Pt at home with his daughter. He says he has been feeling "pretty good," using his
Breo once a day and albuterol maybe twice a week. No fever, no change in sputum color, no ER visits. He told me he
thinks the weekly infusions are helping: he has had one chest cold this winter compared with three last winter
and has not needed prednisone since October. He quit smoking in 2015 and has not smoked since; no one smokes in
the home.

Scale: the pt's bathroom scale is not working (battery dead) and he declined to use the neighbor's scale. Weight
not obtained today; I will bring the agency's portable scale next week. He thinks his pants fit "about the same."

Vitals at 1:12 PM: T 98.0 F, P 76, R 18, BP 138/86 (L arm, sitting), SpO2 93% RA. Lungs: diminished bilaterally,
scattered expiratory wheeze at the bases that cleared after cough. No edema. Alert and oriented.

Drug check: the new box delivered 2/10 (lot LE2231CD) was in the refrigerator behind an older box from the
12/1/2025 delivery that was never used because of the missed visit over the holidays. Pt asked me to use the
older box first, "so it doesn't go to waste," and I used the four vials from the older box: Aralast NP 1 g x 4,
lot LE2106AB, exp 12/2025. New box left in the fridge for next week.

Reconstituted the 4 vials with the supplied diluent using Mix2Vial at 1:20 PM, swirled gently, solution clear.
Pooled into the 250 mL empty bag, 200 mL total. PIV 24 g placed R forearm 1:31 PM, 1st attempt, blood return,
flushed with NS 10 mL.

Infusion started at 1:40 PM by gravity with roller clamp, counted at about 5 mL/min. Checked on him at 2:00 PM
(P 78, BP 134/84, SpO2 94%), no itching, flushing, chest tightness or headache. Infusion completed at 2:22 PM,
Aralast NP 4,000 mg (200 mL) infused.
Flushed NS 10 mL; PIV removed at 2:26 PM, catheter intact, no redness.

All 4 vials reconstituted and infused, nothing wasted. Empty vials, bag and tubing in the sharps/biohazard bin.

Post-infusion vitals at 2:35 PM: P 74, BP 132/82, SpO2 94%. Observed 30 minutes without reaction. Reviewed
signs of reaction and the anaphylaxis kit; he knows when to use the EpiPen and call 911. Reminded him to keep
new deliveries in date order. Left the home at 3:08 PM. Next visit 02/18/2026 1:00 PM.

Response to therapy: fewer respiratory infections this winter per pt, tolerating weekly Aralast NP without
reactions.

Plan: continue Aralast NP 4,000 mg weekly per order; obtain weight next visit and report to pharmacy and
Dr. Vukovic; if he gains or loses more than 10% the dose will need review.

Solange Delacroix, RN     Electronically signed 02/11/2026 4:47 PM
"""

CHART = {
    "chart_id": "b17-007",
    "date_of_service": "2026-02-11",
    "payer": {"profile": "medicaid", "name": "Ohio Medicaid - Buckeye Community Health Plan"},
    "prior_authorization": "MA-26-0044718",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "S9346", "units": 1, "modifiers": []},
        {"hcpcs": "99601", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-09", "text": D1},
        {"id": "d2", "type": "other", "date": "2025-08-20", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-02-11", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b17-007",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "missing",
        "lung_disease_evidence": "met",
        "patient_weight": "missing",
        "dose_administered": "met",
        "dose_matches_weight": "missing",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "conflict",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LE2106AB"},
        {"kind": "expiration_date", "value": "2025-12"},
        {"kind": "infusion_start", "value": "13:40"},
        {"kind": "infusion_end", "value": "14:22"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "prior_authorization", "value": "MA-26-0044718"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Gaps: patient_weight missing (scale broken, 'Weight not obtained today', pharmacy 'Dosing weight: ___'), so "
        "dose_matches_weight missing; expiration_date conflict (vials used were lot LE2106AB exp 12/2025 -> 2025-12-31 "
        "< DOS 2026-02-11). serum_aat_level is also missing: the only level statement is the PA letter's summary "
        "('serum AAT below 11 umol/L'), payer text without a value. Traps: the dispensed box LE2231CD exp 11/30/2026 "
        "was NOT used (not a finding); arrival 12:55, vitals 1:12/2:00/2:35, reconstitution 1:20, PIV 1:31/2:26, "
        "departure 3:08 PM; tracking # 25-08-20-1173; EpiPen/diphenhydramine/heparin amounts; hypothetical 10 % "
        "weight change. Times in 12-hour running text -> 13:40 / 14:22."
    ),
}

ARITH = {
    "dos": "2026-02-11",
    "product": "Aralast NP",
    "weight_kg": None,
    "weight_source": "none documented",
    "dose_mg": 4000,
    "target_mg": None,
    "pct_from_target": None,
    "code": "J0256",
    "billing_unit_mg": 10,
    "admin_units_expected": 400,
    "admin_units_billed": 400,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifier_expectation": "JZ with 'nothing wasted'",
    "lots": [{"lot": "LE2106AB", "exp": "2025-12"}],
    "infusion": ["13:40", "14:22"],
    "serum_method_rid": False,
}
