from _lib import F, W, reqs, gold

D1 = """IV WORKFLOW MANAGEMENT SYSTEM - DOSE HISTORY REPORT
Site: Harbor Lights Medical Center - Outpatient Oncology/Infusion Pharmacy (USP <797> segregated
compounding area, hood 2)
Report generated: 04/21/2026 16:10 by system (requested by J. Albright, PharmD)

Dose ID:          HL-260421-0117
Patient:          NORDQUIST-ABARA, INGRID  (MRN 61450933, DOB 01/27/1971)
Location:         Infusion 3E, chair 14
Order:            alpha-1-proteinase inhibitor, human (PROLASTIN-C LIQUID) 60 mg/kg IV once weekly
Dosing weight:    102.5 kg (per order; weight taken 04/21/2026 08:12)
Calculated dose:  6,150 mg     Pharmacist rounding: to nearest vial combination -> 6,000 mg (-2.4%)
Final product:    6,000 mg / 120 mL pooled in empty sterile EVA bag, no diluent
Priority:         Routine - needed by 10:15
Beyond-use:       04/21/2026 13:50 (3 h from puncture, room temperature)

WORKFLOW STEPS
Time      Step                                User            Result
09:18:44  Order received from EHR             interface       queued
09:21:10  Order verified                      ALBRIGHT, J     verified (rounding approved)
09:31:05  Prep started                        DUONG, K CPhT   hood 2
09:31:40  Scan: PROLASTIN-C LIQUID 4,000 mg/80 mL  NDC 13533-0705-80  Lot 27RM2219  Exp 09/2027   accepted
09:31:58  Scan: PROLASTIN-C LIQUID 1,000 mg/20 mL  NDC 13533-0705-20  Lot 27RM1804  Exp 04/2027   accepted
09:32:07  Scan: PROLASTIN-C LIQUID 1,000 mg/20 mL  NDC 13533-0705-20  Lot 27RM1804  Exp 04/2027   accepted
09:33:20  Photo: vials + labels (3 images)      DUONG, K CPhT   captured
09:38:51  Gravimetric check: target 120.0 mL  measured 119.6 mL (-0.33%)   within +/-5%  PASS
09:40:12  Photo: final bag + label              DUONG, K CPhT   captured
09:44:36  Prep completed                        DUONG, K CPhT   to check queue
09:47:02  Pharmacist check                      ALBRIGHT, J     APPROVED
09:50:15  Label printed / released              ALBRIGHT, J
09:52:40  Dispensed (tube station 3E)           system          delivered 09:54:03

REMAINING DRUG / WASTE
Whole vials pooled; no partial vial remaining. Waste recorded: 0 mg.

CHARGE INFORMATION (pharmacy)
J0256  alpha-1 proteinase inhibitor NOS, 10 mg  x 600  (NDC 13533-0705-80 x1, 13533-0705-20 x2)
Modifier: JZ (no discarded amount)

Other doses prepared for this patient today: none.
Audit: 0 rejected scans, 0 overrides.
"""

D2 = """HARBOR LIGHTS MEDICAL CENTER - INFUSION 3E
Nursing Infusion Record

Patient: Ingrid Nordquist-Abara    MRN 61450933    DOB 01/27/1971    Chair 14
Date: 04/21/2026    RN: Mateo F. Quispe, RN

08:05  Arrived, ID x 2 verified. Allergies: codeine (nausea).
08:12  Weight 102.5 kg (standing scale). Ht 168 cm.
08:14  VS: T 36.9 C, BP 136/84, HR 88, RR 18, SpO2 94% RA. Denies fever, new cough, rash.
08:20  22g PIV R hand, 1 attempt. Labs drawn per order (CBC, CMP) - sent 08:24.
08:45  Dr. Haverford at chairside for follow-up visit.
09:54  Prolastin-C Liquid 6,000 mg/120 mL received from pharmacy (Dose ID HL-260421-0117).
       Label, patient, dose verified with second RN (C. Li). Lots 27RM2219 and 27RM1804 per label.
10:22  Infusion started via 15 micron in-line filter, 6,000 mg (120 mL) at 0.08 mL/kg/min
       (8.2 mL/min).
10:30  VS BP 132/82, HR 86, SpO2 95%. No flushing, itching or SOB.
10:41  Infusion completed - 120 mL infused. Total dose administered 6,000 mg. No waste.
10:42  Line flushed NS 10 mL.
10:55  VS BP 130/80, HR 84, SpO2 95%. Tolerated well.
11:02  PIV removed, catheter intact. Discharged ambulatory. Next infusion 04/28/2026 10:00.

Mateo F. Quispe, RN   04/21/2026 11:10
"""

D3 = """HARBOR LIGHTS PULMONARY ASSOCIATES
DICTATED FOLLOW-UP CONSULTATION
Date of service: 04/21/2026
Patient: Nordquist-Abara, Ingrid      MRN: 61450933      DOB: 01/27/1971
Attending: Simone E. Haverford, MD
Transcribed by speech recognition; reviewed in part. Please excuse sound-alike errors.

CHIEF COMPLAINT: Alpha one follow-up on augmentation.

HISTORY: Ingrid is a fifty five year old woman with alpha one anti trips in deficiency, phenotype
P I S Z, diagnosed in two thousand twenty three. Her pretreatment alpha one level was fifty two
milligrams per deciliter by nephelometry, done at Harbor Lights lab in March of two thousand
twenty three. She has centrilobular and panlobular emphysema on CT with lower lobe
predominance and chronic obstructive pulmonary disease, and her pretreatment post
bronchodilator F E V one was sixty one percent predicted. She has been on pro Lasten see
liquid sixty milligrams per kilogram weekly since June of two thousand twenty four.

Since her last visit she has done well. She had no exacerbations over the winter, which is the
first winter in four years without a course of prednisone. She is walking forty minutes most
days. She denies infusion reactions. She does get some fatigue the evening of the infusion.
Occasional reflux. No chest pain.

She quit smoking eleven years ago in twenty fifteen, twenty two pack years before that. No
vaping. She works as a dental office manager. Her son was tested last year and is P I M S, and
her mother died of emphysema at sixty four, never tested.

MEDICATIONS: Trelegy one inhalation daily. Albuterol as needed, rarely. Pro Lasten see liquid
weekly. Omeprazole twenty milligrams daily. Levo thyroxine one hundred twelve micrograms daily.
Vitamin D.

EXAMINATION: Weight one hundred two point five kilograms. Blood pressure one thirty six over
eighty four. Pulse eighty eight. Saturation ninety four percent on room air. Lungs with
diminished breath sounds at the bases, no wheezes. No edema.

DATA: Spirometry last month: F E V one two point one liters, sixty four percent predicted,
ratio fifty five. A year ago sixty two percent predicted. D L C O fifty eight percent.

IMPRESSION AND PLAN:
1. Alpha one antitrypsin deficiency, P I S Z, with emphysema. She is responding well to
augmentation with stable lung function and no exacerbations this past year. Continue pro
Lasten see liquid sixty milligrams per kilogram weekly. Today's dose is six thousand milligrams,
which is within ten percent of the weight based dose.
2. COPD, continue Trelegy.
3. Reflux, continue omeprazole, head of bed elevation.
4. Her authorization is on file through March of next year; we will submit the renewal with this
note and the spirometry. Insurance requires that she remain a non smoker, and she does.

Follow up in six months with full P F Ts.

Dictated by Simone E. Haverford, MD   04/21/2026 12:31   Transcribed 04/21/2026 13:05
"""

CHART = {
    "chart_id": "b16-008",
    "date_of_service": "2026-04-21",
    "payer": {"profile": "commercial", "name": "Cedar Ridge Health Plan - PPO"},
    "prior_authorization": "PA2604419",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 600, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-04-21", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-04-21", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-04-21", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha one anti trips in deficiency"),
    (F("genotype", alleles=["S", "Z"]), "phenotype\nP I S Z"),
    (F("serum_aat", value=52, unit="mg/dL"), "fifty two\nmilligrams per deciliter by nephelometry"),
    (F("lung_disease", value="emphysema"), "centrilobular and panlobular emphysema"),
    (F("lung_disease", value="copd"), "chronic obstructive pulmonary disease"),
    (W(102.5), "08:12  Weight 102.5 kg"),
    (F("fev1", value=61), "F E V one was sixty one percent predicted"),
    (F("fev1", value=64), "sixty four percent predicted"),
    (F("fev1", value=62), "sixty two percent predicted"),
    (F("dose", value=6000), "Total dose administered 6,000 mg"),
    (F("wastage", value=0), "Total dose administered 6,000 mg. No waste."),
    (F("lot_number", value="27RM2219"), "Lot 27RM2219"),
    (F("lot_number", value="27RM1804"), "Lot 27RM1804"),
    (F("expiration_date", value="2027-09"), "Exp 09/2027"),
    (F("expiration_date", value="2027-04"), "Exp 04/2027"),
    (F("infusion_start", value="10:22"), "10:22  Infusion started"),
    (F("infusion_end", value="10:41"), "10:41  Infusion completed"),
    (F("response_to_therapy"), "She is responding well to\naugmentation"),
    (F("smoking_status", value="former"), "She quit smoking eleven years ago"),
    (F("drug_product", value="Prolastin-C Liquid"), "PROLASTIN-C LIQUID"),
]

GOLD = gold(CHART, "commercial", reqs(
    "commercial",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="met", code_selection="met", smoking_status="met",
    fev1_range="met",
), FINDINGS,
    "Complete. Commercial PI*SZ counts because a serum level below threshold is documented (52 mg/dL by "
    "nephelometry < 57). Dictation by speech recognition: numbers in words, 'P I S Z', 'anti trips in', "
    "'pro Lasten see liquid' (Prolastin-C Liquid); son PI*MS and mother's emphysema are family; 'Insurance "
    "requires that she remain a non smoker' is policy text (her own status: quit 2015 = former). Pharmacy IV "
    "workflow record: calculated 6,150 mg is not the dose; prep/scan/gravimetric/release/dispense times "
    "(09:18-09:54) are not infusion times; nursing 10:22-10:41. PA only in the chart field (dictation says "
    "'on file' without a number). FEV1 61/62/64 % all within 25-80.")

ARITH = {
    "dos": "2026-04-21",
    "product_dos": ["Prolastin-C Liquid"],
    "weight_kg": 102.5, "weight_source": "nursing 08:12 standing scale; pharmacy dosing weight; dictation",
    "dose_mg": 6000, "dose_source": "nursing: total dose administered 6,000 mg (4,000 + 2 x 1,000)",
    "vials": [{"product": "Prolastin-C Liquid 4000 mg", "mg": 4000}] + [{"product": "Prolastin-C Liquid 1000 mg", "mg": 1000}] * 2,
    "code": "J0256", "bu": 10,
    "units_billed": 600, "modifiers_admin": ["JZ"],
    "waste_mg": 0, "jw_units_billed": None,
    "lots": [{"lot": "27RM2219", "exp": "2027-09"}, {"lot": "27RM1804", "exp": "2027-04"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
