"""b26-009: commercial, complete. Styles (4)+(5): an allergy/immunology clinic note where AATD is one
problem among IgA deficiency, chronic urticaria, rhinitis and a shin nodule (numbered A/P), the
infusion record, and a portal message thread in which the patient reports the infusion. Prolastin-C
4 x 1,000 mg vials, 3,500 mg given, 500 mg discarded; J2252 3500 units at 1 mg/unit, no modifier
(commercial). PI*SZ with a documented level below 11 uM."""

CHART_ID = "b26-009"
DOS = "2026-03-19"
PAYER = {"profile": "commercial", "name": "Summit Choice HMO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 3500, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
SUMMIT ALLERGY, ASTHMA & IMMUNOLOGY
Progress Note                                    Visit date: 03/05/2026
Patient: Achterberg, Noelle S.    DOB 12/08/1986    MRN SA-114507
Provider: Dominic Farrugia, MD (Allergy & Clinical Immunology)
Referred by: Ines Moravec, MD (Pulmonology)

Chief concern: IgA deficiency follow-up; hives; question of infusion premedication.

HPI: 39-year-old woman with several problems. (a) Selective IgA deficiency found in 2021 during
the work-up of recurrent sinusitis - IgA 4 mg/dL, IgG and IgM normal, vaccine responses intact.
(b) Chronic spontaneous urticaria for 2 years, controlled on cetirizine 20 mg daily; flares with
NSAIDs. (c) Alpha-1 antitrypsin deficiency, PI*SZ, AAT 9.6 umol/L (2021), with emphysema on CT;
on weekly Prolastin-C since 05/2022, managed by Dr. Moravec. Two infusions in 2025 were followed by
a few hives; she now takes cetirizine the morning of infusion. (d) Perennial allergic rhinitis
(dust mite). (e) Tender red nodule on the left shin for 3 weeks.
From the lung standpoint she reports fewer chest infections since augmentation began (one in 2025
versus four in 2021), and her pulmonologist's 02/2026 spirometry showed FEV1 61% predicted,
unchanged from 62% in 2025.
Never smoker. Works as a veterinary technician. Her sister was tested last month (result pending).

Meds: Prolastin-C 60 mg/kg IV weekly; cetirizine 10 mg BID; fluticasone nasal 2 sprays daily;
budesonide/formoterol 80/4.5 2 puffs BID; albuterol prn; levonorgestrel IUD.
Exam: Wt 58.9 kg. BP 108/68. No urticaria today. Nasal turbinates pale, boggy. Chest clear.
L anterior shin: 2 cm tender erythematous subcutaneous nodule, no ulceration or drainage.

Labs today: IgA < 5 mg/dL; anti-IgA antibodies (IgG) NEGATIVE; tryptase 4.1 ng/mL; CBC normal.

Assessment / Plan:
1. Selective IgA deficiency - no anti-IgA antibodies, so plasma-derived products remain
   acceptable; no change. Sinus infections infrequent.
2. Chronic spontaneous urticaria - controlled; continue cetirizine 20 mg/day. If flares
   increase, omalizumab would be the next step.
3. Alpha-1 antitrypsin deficiency (SZ) with emphysema - doing well on augmentation per
   pulmonary, fewer infections; infusion-associated hives mild and prevented by cetirizine
   10 mg premed. No anaphylaxis history; no need for epinephrine premed.
4. Shin nodule - erythema nodosum vs AATD panniculitis; punch biopsy scheduled 03/12.
5. Allergic rhinitis - continue fluticasone; dust-mite covers.
Summit Choice authorization for Prolastin-C on file: SCH-PA-2026-00917.
Follow-up 3 months.

D. Farrugia, MD  - signed 03/05/2026 12:14
"""

D2 = """
SUMMIT HEALTH INFUSION CENTER - Administration Record        DOS 03/19/2026
Pt: ACHTERBERG, NOELLE S   MRN SA-114507   Wt (today): 58.4 kg   Ht 163 cm
Order: Prolastin-C (alpha1-proteinase inhibitor) 60 mg/kg IV weekly  [Moravec]
Auth: SCH-PA-2026-00917

Time   Event
08:05  Premed: cetirizine 10 mg PO (per allergy)
08:12  VS: BP 110/70, HR 74, T 36.6, RR 14, SpO2 97% RA
08:20  PIV 22 g R forearm x1
08:26  Reconstitution: 4 vials Prolastin-C 1000 mg, each with 20 mL SWFI
       lot 26B1104A (x2) exp 02/2028 ; lot 26B1187C (x2) exp 04/2028
08:40  Infusion begun - 3,500 mg ordered dose drawn (70 mL), rate 0.08 mL/kg/min
08:55  Infusion complete. Dose administered 3,500 mg.
       Remaining 10 mL (500 mg) from vial 4 discarded - single-use vial.
09:05  VS: BP 108/68, HR 72, SpO2 98%. Skin checked - no hives.
09:10  PIV d/c, site clean. Discharged.
RN: Odalys Ferrer, RN
"""

D3 = """
Summit Health Patient Portal - Message Center
Conversation: "infusion today"

Noelle Achterberg -> Infusion Center            03/19/2026 4:47 PM
Hi! Just wanted to say today's infusion went fine, no hives at all this time with the
cetirizine before. The nurse said I only needed 3 1/2 of the 4 vials now that I've lost a
little weight. Do I still need to come in at 8 or can I switch to the 7:30 slot next week?
Also, my sister's alpha-1 test came back MS, she wanted me to ask if that matters for her.

Infusion Center (K. Lund, RN) -> Noelle Achterberg    03/20/2026 8:10 AM
Glad to hear it! We moved you to 7:30 AM on 03/26. For your sister, an MS result is
usually not treated - she should review it with her own doctor.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-05", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-03-19", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-20", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1 antitrypsin deficiency, PI*SZ"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d1", "_ev": "PI*SZ, AAT 9.6 umol/L"},
    {"kind": "serum_aat", "value": 9.6, "unit": "uM", "_doc": "d1", "_ev": "AAT 9.6 umol/L (2021)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "with emphysema on CT"},
    {"kind": "weight", "value": 58.4, "unit": "kg", "value_kg": 58.4, "_date": "2026-03-19", "_doc": "d2", "_ev": "Wt (today): 58.4 kg"},
    {"kind": "weight", "value": 58.9, "unit": "kg", "value_kg": 58.9, "_date": "2026-03-05", "_doc": "d1", "_ev": "Wt 58.9 kg"},
    {"kind": "dose", "value": 3500, "_doc": "d2", "_ev": "Dose administered 3,500 mg"},
    {"kind": "wastage", "value": 500, "_doc": "d2", "_ev": "Remaining 10 mL (500 mg) from vial 4 discarded"},
    {"kind": "lot_number", "value": "26B1104A", "_doc": "d2", "_ev": "lot 26B1104A"},
    {"kind": "lot_number", "value": "26B1187C", "_doc": "d2", "_ev": "lot 26B1187C"},
    {"kind": "expiration_date", "value": "2028-02", "_doc": "d2", "_ev": "lot 26B1104A (x2) exp 02/2028"},
    {"kind": "expiration_date", "value": "2028-04", "_doc": "d2", "_ev": "lot 26B1187C (x2) exp 04/2028"},
    {"kind": "infusion_start", "value": "08:40", "_doc": "d2", "_ev": "08:40  Infusion begun"},
    {"kind": "infusion_end", "value": "08:55", "_doc": "d2", "_ev": "08:55  Infusion complete"},
    {"kind": "fev1", "value": 61, "_doc": "d1", "_ev": "FEV1 61% predicted"},
    {"kind": "fev1", "value": 62, "_doc": "d1", "_ev": "unchanged from 62% in 2025"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "doing well on augmentation per\n   pulmonary, fewer infections"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Never smoker"},
    {"kind": "prior_authorization", "value": "SCH-PA-2026-00917", "_doc": "d1", "_ev": "authorization for Prolastin-C on file: SCH-PA-2026-00917"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d2", "_ev": "4 vials Prolastin-C 1000 mg"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-03-19",
    "weight": {"value": 58.4, "unit": "kg", "kg": 58.4, "date": "2026-03-19"},
    "dose_mg": 3500,
    "target_mg": 3504.0,
    "tolerance_mg": 350.4,
    "deviation_pct": -0.11,
    "within_tolerance": True,
    "code": "J2252",
    "billing_unit_mg": 1,
    "units_expected": 3500,
    "units_billed": 3500,
    "waste_mg": 500,
    "jw_units_expected": 500,
    "jw_units_billed": 0,
    "modifiers": [],
    "expirations": ["2028-02", "2028-04"],
    "expiration_ok": True,
}

NOTES = """
Complete per the guide's code table (J2252 at 1 mg/unit covers any A1PI; facts.md notes CMS lists
J2252 as midazolam - a coder should confirm with the payer). Allergy/immunology note with AATD as
problem 3 of 5: IgA 4 and < 5 mg/dL, anti-IgA negative, tryptase, urticaria, rhinitis, shin nodule
"erythema nodosum vs AATD panniculitis" (uncertain, no finding). Commercial SZ: met because a level
below threshold is documented (9.6 umol/L). Response statement is in the allergy progress note
("doing well on augmentation per pulmonary, fewer infections"); FEV1 61 % and 62 % (both in range).
Portal thread: the patient's "3 1/2 of the 4 vials" is a lay paraphrase (not a dose in mg), the
7:30/8 AM slots and 4:47 PM send time are traps, sister MS (family; "pending" in the 03/05 note).
Traps: cetirizine 10/20 mg and premed time 08:05; "3,500 mg ordered dose drawn (70 mL)" (same value);
vial size 1000 mg, SWFI 20 mL; hypothetical omalizumab; "no need for epinephrine premed" (negated);
VS/PIV/reconstitution/discharge times. Commercial: waste 500 mg documented, no JW/JZ -> met.
"""
