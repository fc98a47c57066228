from _lib import F, W, reqs, gold

D1 = """EPIC MAR - ENCOUNTER ADMINISTRATION REPORT
ASHGROVE UNIVERSITY HOSPITAL  |  INFUSION CENTER 4 EAST          Printed 02/25/2026 17:20
Patient: TREMBLAY-OSEI, AUGUSTIN M    MRN 93018844    DOB 08/19/1954 (71 y.o. M)
Encounter 02/25/2026 HOV    Attending: LINDGREN-ASARE, HELENE K, MD (Neurology - Amyloid Program)
Weight: 104.3 kg (230 lb) - 02/25/2026 0812     Height: 185.4 cm     BSA 2.32 m2
Allergies: No Known Allergies
-------------------------------------------------------------------------------------------

PREMEDICATIONS (give 60 min before patisiran)
dexamethasone sodium phosphate injection 10 mg IV once
   02/25/26 0830 Scheduled   0834 Given 10 mg IV push                  [RWK]
famotidine (PEPCID) injection 20 mg IV once
   02/25/26 0830 Scheduled   0836 Given 20 mg IV                       [RWK]
diphenhydrAMINE (BENADRYL) injection 50 mg IV once
   02/25/26 0830 Scheduled   0838 Given 50 mg IV                       [RWK]
acetaminophen (TYLENOL) tablet 500 mg PO once
   02/25/26 0830 Scheduled   0832 Given 500 mg PO                      [RWK]

patisiran (ONPATTRO) 30 mg in sodium chloride 0.9% 200 mL IV infusion (lipid complex)
   Order: 0.3 mg/kg every 3 weeks; weight >= 100 kg -> 30 mg (max dose). Infuse over ~80 min:
   1 mL/min x 15 min, then 3 mL/min. Use 1.2 micron in-line PES filter.
   Verified by: OYELOWO, SEUN PharmD 02/24/26 1530
   02/25/26 0930 Scheduled
            0936 Patient ID / product scanned                           [RWK]
            0938 New Bag   30 mg / 200 mL   Rate 1 mL/min                [RWK]
            0953 Rate Change               Rate 3 mL/min                [RWK]
            1101 Stopped   Volume infused 200 mL                        [RWK]
   Product: ONPATTRO 10 mg/5 mL vial x 3   NDC 71336-1000-01   Lot 2X04G71   Exp 07/31/2026
   Admin comment: 3 full vials (30 mg) diluted by pharmacy; no drug wasted.

sodium chloride 0.9% 250 mL IV   (line flush / KVO)
   0925 New Bag   25 mL/hr     1112 Stopped                              [RWK]

PRN: EPINEPHrine 0.3 mg IM PRN anaphylaxis - not given; meperidine 25 mg IV PRN rigors - not given

PREVIOUS PATISIRAN ADMINISTRATIONS
   02/04/26  New Bag 0941  Stopped 1104   30 mg   Lot 2X04G71        [JMP]
   01/14/26  New Bag 0935  Stopped 1058   30 mg   Lot 2X02E18        [RWK]

VITALS
0812 BP 128/76 HR 72 RR 16 T 36.6 SpO2 97% RA
0945 BP 124/74 HR 70 RR 16
1030 BP 122/72 HR 68 RR 16 SpO2 97%
1105 BP 126/74 HR 70 RR 16 T 36.7 SpO2 98%
Discharge 1125 - ambulatory. Next infusion 03/18/2026.

[RWK] WOJCIK, RENATA K, RN   [JMP] PARK, JIN-MI, RN
"""

D2 = """ASHGROVE UNIVERSITY HOSPITAL - AMYLOIDOSIS PROGRAM
Neurology Progress Note

Patient: Augustin M. Tremblay-Osei     MRN 93018844     DOB 8/19/1954
Date of Service: 2/25/2026
Provider: Helene K. Lindgren-Asare, MD

Chief complaint: hATTR amyloidosis with polyneuropathy - scheduled patisiran infusion and 6-month
neurology reassessment.

HPI:
71 y.o. man with hereditary transthyretin amyloidosis, TTR p.Val142Ile (V122I) heterozygous,
diagnosed 2023 (Congo red-positive fat pad biopsy, TTR-type by mass spectrometry), with
length-dependent sensorimotor polyneuropathy and cardiac involvement (wall thickness 16 mm,
Tc-99m PYP grade 3). On patisiran every 3 weeks since 05/2023 and tafamidis 61 mg daily
(cardiology). ***

Since last visit: numbness in feet unchanged, no new falls, still driving. Mild orthostatic
lightheadedness on rising, no syncope. Bowel habits normal. He tolerates the infusions without
reactions. Breathing fine; no cough. He walks 30 minutes daily.

Review of systems: {blank}

PMH: hATTR (V122I), HFpEF (NYHA II), carpal tunnel release bilaterally (2018), lumbar spinal
stenosis, hypertension, hyperlipidemia. No history of COPD, asthma or emphysema.

Meds: patisiran 30 mg IV q3 weeks; tafamidis 61 mg daily; furosemide 20 mg daily; vitamin A
3,000 IU daily (on patisiran); atorvastatin 40 mg; losartan 25 mg.

Social: Never smoker. Retired high-school chemistry teacher. Lives with wife.
Family: Brother with cardiomyopathy (V122I carrier). Daughter tested negative.

Exam: Wt 104.3 kg. BP 128/76 sitting, 112/70 standing at 3 min. Lungs clear. Reduced pinprick
to mid-shin bilaterally, absent ankle reflexes, vibration absent at toes, Romberg positive.
mNIS+7 today: 48 (prior 47 at 08/2025).

Data: NT-proBNP 1,120 pg/mL (01/2026). eGFR 61. Vitamin A 24 mcg/dL.

Assessment/Plan:
1. hATTR amyloidosis with polyneuropathy - stable neuropathy (mNIS+7 47 -> 48) on patisiran.
   Continue patisiran 30 mg q3w (received today, see MAR). Continue vitamin A supplement.
2. ATTR cardiomyopathy - on tafamidis; cardiology following.
3. Orthostatic symptoms - compression stockings, hydration; consider midodrine if worse.
4. Return 6 months; infusions q3 weeks.

Helene K. Lindgren-Asare, MD     2/25/2026 13:05
"""

CHART = {
    "chart_id": "b16-014",
    "date_of_service": "2026-02-25",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0222", "units": 300, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "96366", "units": 1, "modifiers": []},
        {"hcpcs": "96375", "units": 3, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-25", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-25", "text": D2},
    ],
}

FINDINGS = [
    (W(104.3), "Weight: 104.3 kg (230 lb)"),
    (F("smoking_status", value="never"), "Never smoker."),
]

GOLD = gold(CHART, "medicare", reqs(
    "medicare",
    aatd_diagnosis="missing", genotype="missing", serum_aat_level="missing", lung_disease_evidence="missing",
    patient_weight="met", dose_administered="missing", dose_matches_weight="missing", units_match_dose="missing",
    wastage_documented="missing", lot_number="missing", expiration_date="missing", infusion_times="missing",
    response_to_therapy="missing", prior_authorization="not_applicable", code_selection="conflict",
), FINDINGS,
    "NEGATIVE CONTROL (not about A1PI): patisiran (Onpattro) for hATTR billed as J0222 (0.1 mg units, 30 mg = "
    "300). J0222 is a drug line in the guide's definition, so units_match_dose is missing (no A1PI dose) and "
    "code_selection is conflict ('J0222 billed'). Decision: dose, wastage, lot, expiration, infusion times and "
    "response are A1PI-only findings; the patisiran 30 mg, its lot 2X04G71 / Exp 07/31/2026, 'no drug wasted', "
    "New Bag 0938 / Stopped 1101 and 'stable neuropathy' are another drug's and document nothing here, so "
    "wastage_documented is missing (JZ line, no A1PI waste statement). TTR 'V122I heterozygous' is not a "
    "SERPINA1 genotype. 'No history of COPD, asthma or emphysema' is negated. Weight 104.3 kg and never-smoker "
    "are the patient's own findings.")

ARITH = {
    "dos": "2026-02-25",
    "product_dos": [],
    "weight_kg": 104.3, "weight_source": "MAR header (patisiran dosing weight)",
    "dose_mg": None, "dose_source": "no A1PI given; patisiran 30 mg (0.3 mg/kg capped at 30 mg) = J0222 x 300",
    "code": None, "bu": None,
    "units_billed": None, "waste_mg": None, "jw_units_billed": None,
    "lots": [],
    "serum_rid": [],
    "response_in_progress_note": False,
}
